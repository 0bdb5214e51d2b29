import Foundation

/// Where requests, their history and the controller profile are kept.
///
/// DSRCore defines the protocol; DSRStore implements it on SQLite, and a PostgreSQL backend can implement it beside
/// SQLite without touching the core. Implementations must run each `insert` and `update` as one atomic transaction
/// that serialises with concurrent writers, and must append events only (never rewrite history).
public protocol RequestStore: Sendable {
    /// Allocates the next case number of `year`, builds the record and its registration entry with `make`, and stores
    /// both atomically.
    func insert(year: Int, _ make: (CaseNumber) throws -> (RequestRecord, EventEntry)) throws -> RequestRecord

    /// Reads a request, computes its new form and an entry with `change`, and stores both atomically.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, or whatever `change` throws.
    func update(_ caseNumber: CaseNumber, _ change: (RequestRecord) throws -> (RequestRecord, EventEntry)) throws
        -> RequestRecord

    /// The request with the case number, or `nil`.
    func record(_ caseNumber: CaseNumber) throws -> RequestRecord?

    /// The requests the query selects, soonest deadline first, then by case number.
    func records(_ query: RequestQuery) throws -> [RequestRecord]

    /// A case's history, oldest first.
    func events(of caseNumber: CaseNumber) throws -> [EventEntry]

    /// The summaries of the requests the query selects, in the order of ``records(_:)``: the same as
    /// `records(query).map { RequestSummary($0, asOf: asOf, name: names) }`, without reading whole records (for lists).
    func summaries(_ query: RequestQuery, asOf: CivilDate, names: Bool) throws -> [RequestSummary]

    /// The current controller profile and its version number, or `nil` if none was set.
    func controllerProfile() throws -> (profile: ControllerProfile, version: Int)?

    /// Stores a new version of the controller profile with its log entry, and returns the version number.
    func saveControllerProfile(_ profile: ControllerProfile, entry: EventEntry) throws -> Int

    /// Issues a letter: reads the request, the controller profile and the case's issued letters, lets `make` write
    /// the letter under the next ``LetterNumber`` with its `letter-issued` entry, and stores the letter's files and
    /// the entry atomically (the entry is chained like every event). Nothing is stored if `make` returns `nil`.
    /// - Throws: ``StoreError/unknownCase(_:)`` if there is no such case, or whatever `make` throws.
    func issueLetter(_ caseNumber: CaseNumber, _ make: (LetterIssueContext) throws -> (IssuedLetter, EventEntry)?)
        throws -> IssuedLetter?

    /// The letters issued for a case, oldest first, with their files.
    func issuedLetters(of caseNumber: CaseNumber) throws -> [IssuedLetter]

    /// The issued letters one of whose files has the SHA-256 (lowercase hex), each checked against its
    /// `letter-issued` event.
    /// - Throws: ``StoreError`` if a matching letter no longer agrees with the event that recorded it.
    func issuedLetters(withFileSHA256 sha256: String) throws -> [IssuedLetter]
}

/// A failure of the store itself. Messages carry case numbers and paths, never personal data.
public enum StoreError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// No request has the case number.
    case unknownCase(CaseNumber)
    /// The database cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a dsr register.
    case notARegister(path: String)
    /// The register was written by a newer dsr.
    case newerSchema(path: String, found: String)
    /// A read or write failed.
    case failed(operation: String, reason: String)
    /// The register does not exist and the command does not create one.
    case missing(path: String)
    /// The controller's reference given for a new request already belongs to this case (references are unique).
    case referenceInUse(CaseNumber)

    /// Unknown cases are "not found" (66), a reference in use is invalid data (65); everything else is a storage
    /// failure (74).
    public var category: ErrorCategory {
        switch self {
        case .unknownCase, .missing: .notFound
        case .referenceInUse: .invalidData
        case .cannotOpen, .notARegister, .newerSchema, .failed: .storage
        }
    }

    /// What went wrong, in the register's terms; front ends add what to do in theirs (the tool's wording, with its
    /// commands and options, is in `Sources/dsr/Support/StoreErrorText.swift`).
    public var errorDescription: String? {
        switch self {
        case .unknownCase(let caseNumber):
            "no request has case number \(caseNumber)."
        case .cannotOpen(let path, let reason):
            "cannot open the register at \(path): \(reason). Check the path and its permissions."
        case .notARegister(let path):
            "\(path) is not a dsr register (or it is damaged); it was left untouched."
        case .newerSchema(let path, let found):
            "\(path) was written by a newer dsr (schema \(found)); it was left untouched. Upgrade dsr to use it."
        case .failed(let operation, let reason):
            "the register could not \(operation): \(reason). Nothing was changed; try again."
        case .missing(let path):
            "no register at \(path); nothing was created."
        case .referenceInUse(let caseNumber):
            "the reference is already used by case \(caseNumber); nothing was registered."
        }
    }
}
