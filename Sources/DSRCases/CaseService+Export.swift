import DSRCore

extension CaseService {
    /// The requests to export, in case-number order, each with the day it was first acknowledged: read from the
    /// register a page at a time as the caller consumes them, so that a register of any size is exported in constant
    /// memory (``ExportedRequests``).
    public func exportRequests(_ command: ExportRequests) -> ExportedRequests {
        storage.exportedRequests(RequestQuery(includeClosed: command.includeClosed))
    }
}
