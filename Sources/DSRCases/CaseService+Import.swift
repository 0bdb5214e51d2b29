import DSRCore

extension CaseService {
    /// The most progress reports the import's stream holds ahead of its reader.
    static let importReportsAhead = 64

    /// Imports requests from a file, all or nothing (``RequestImporter``): every row is checked, each problem is
    /// reported by line and column, and nothing is written if any row is invalid (unless
    /// ``RequestImporter/Options/skipInvalid``) or in a dry run.
    ///
    /// The stream reports each problem and the progress as the file is read, and ends with
    /// ``ImportProgress/finished(_:)`` once the import's transaction has ended; check its summary's
    /// ``ImportSummary/failure`` for invalid rows that stopped the import. It holds a bounded number of reports ahead
    /// of its reader, and a reader that stops iterating stops the import (nothing is then written).
    /// - Throws: (from the stream) ``ImportError`` for a file that cannot be imported at all; ``StoreError`` if the
    ///   register fails; the key's error when requests were purged and the register's key is missing or wrong;
    ///   whatever the command's `read` throws. Nothing is written if it throws.
    public func importRequests(_ command: ImportRequests, actor: String, today: Today) -> BoundedStream<ImportProgress>
    {
        let importer = RequestImporter(storage: storage, workflows: workflows, calculator: calculator)
        return BoundedStream.run(capacity: Self.importReportsAhead) { sender in
            let summary = try await importer.run(
                options: command.options, actor: actor, now: today.now, today: today.date, read: command.read,
                report: { progress in
                    guard await sender.send(progress) else { throw CancellationError() }
                })
            _ = await sender.send(.finished(summary))
        }
    }
}
