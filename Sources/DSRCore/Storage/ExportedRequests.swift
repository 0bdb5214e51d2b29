/// The requests an export writes, in case-number order, read from the storage a page at a time as they are
/// consumed (``ExportStorage/exportPage(_:after:limit:)``): at most one page is in memory.
///
/// Each page is read on its own, so a request changed while the export runs is written as it stands when its page
/// is read; a request is never written twice or skipped (the pages follow the case numbers).
public struct ExportedRequests: AsyncSequence, Sendable {
    /// The requests read at a time, unless the caller says otherwise.
    public static let defaultPageSize = 500

    private let storage: any ExportStorage
    private let query: RequestQuery
    private let pageSize: Int

    /// The requests the query selects.
    public init(storage: any ExportStorage, query: RequestQuery, pageSize: Int = defaultPageSize) {
        self.storage = storage
        self.query = query
        self.pageSize = Swift.max(1, pageSize)
    }

    /// Makes an iterator from the first request.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(storage: storage, query: query, pageSize: pageSize)
    }

    /// Reads the next page when the last one is used up.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let storage: any ExportStorage
        private let query: RequestQuery
        private let pageSize: Int
        private var page: [ExportedRequest] = []
        private var index = 0
        private var last: CaseNumber?
        private var exhausted = false

        fileprivate init(storage: any ExportStorage, query: RequestQuery, pageSize: Int) {
            self.storage = storage
            self.query = query
            self.pageSize = pageSize
        }

        /// The next request, or `nil` after the last.
        /// - Throws: The storage's error.
        public mutating func next() async throws -> ExportedRequest? {
            if index == page.count {
                guard !exhausted else { return nil }
                page = try await storage.exportPage(query, after: last, limit: pageSize)
                index = 0
                exhausted = page.count < pageSize
                guard let tail = page.last else { return nil }
                last = tail.record.caseNumber
            }
            defer { index += 1 }
            return page[index]
        }
    }
}
