/// A table of a register as it is copied whole between stores (``RegisterCopySource``): its name and columns as an
/// SQLite register's schema spells them (DSRStore's `RegisterSchema` and the schemas beside it; the PostgreSQL
/// schema's names are the same in snake_case), and the columns that order its rows.
///
/// What is copied is what the hash chain covers or what a register cannot rebuild: events and their personal data,
/// requests, case counters, controller profiles, letters and their files, dispatch records, attachments, users,
/// tokens, purged tags and the access log. A store's indexes (the search index) are rebuilt from the copied rows, and
/// its bookkeeping (the head of the chain, the migrations applied) is its own.
public struct RegisterTable: Sendable, Hashable {
    /// The table's name in an SQLite register.
    public let name: String
    /// Its columns, in the order a row's values come in.
    public let columns: [RegisterColumn]
    /// The columns whose order is the rows' order.
    public let key: [String]

    /// A table named `name` with `columns`, its rows ordered by `key`.
    public init(name: String, columns: [RegisterColumn], key: [String]) {
        self.name = name
        self.columns = columns
        self.key = key
    }

    /// Every table a copy holds, in an order in which each row's references (to events, requests, letters and
    /// users) are to rows of a table before it or of its own, except the event's reference to its request, which
    /// both stores check at commit.
    public static let all: [RegisterTable] = [
        caseCounter, event, request, eventPersonal, controllerProfile, letter, letterFile, purgedTag, letterDispatch,
        dispatchTracking, attachment, account, apiToken, caseView, caseViewHead,
    ]

    /// The last case number of each year.
    public static let caseCounter = RegisterTable(
        name: "caseCounter", columns: [.init("year", .integer), .init("last", .integer)], key: ["year"])

    /// The event log, the hash chain.
    public static let event = RegisterTable(
        name: "event",
        columns: [
            .init("sequence", .integer), .init("caseYear", .integer), .init("caseSequence", .integer),
            .init("name", .text), .init("on", .text), .init("recordedAt", .text), .init("actor", .text),
            .init("workflowVersion", .integer), .init("stateAfter", .text), .init("data", .text),
            .init("stateHash", .text), .init("previousHash", .text), .init("hash", .text), .init("format", .integer),
            .init("personalHash", .text),
        ],
        key: ["sequence"])

    /// Each request's current state and record.
    public static let request = RegisterTable(
        name: "request",
        columns: [
            .init("caseYear", .integer), .init("caseSequence", .integer), .init("kind", .text), .init("state", .text),
            .init("clock", .text), .init("workflowVersion", .integer), .init("received", .text),
            .init("deadline", .text), .init("closedOn", .text), .init("isOpen", .boolean), .init("outcome", .text),
            .init("lastEventSequence", .integer), .init("record", .text), .init("reference", .text),
            .init("importKey", .text), .init("channel", .text), .init("language", .text),
            .init("isExtended", .boolean),
        ],
        key: ["caseYear", "caseSequence"])

    /// Personal data beside the chain, under salted commitments.
    public static let eventPersonal = RegisterTable(
        name: "eventPersonal", columns: [.init("sequence", .integer), .init("salt", .text), .init("data", .text)],
        key: ["sequence"])

    /// The controller profile's versions.
    public static let controllerProfile = RegisterTable(
        name: "controllerProfile",
        columns: [
            .init("version", .integer), .init("profile", .text), .init("createdAt", .text),
            .init("eventSequence", .integer),
        ],
        key: ["version"])

    /// Issued letters.
    public static let letter = RegisterTable(
        name: "letter",
        columns: [
            .init("caseYear", .integer), .init("caseSequence", .integer), .init("number", .integer),
            .init("type", .text), .init("language", .text), .init("date", .text), .init("profileVersion", .integer),
            .init("format", .text), .init("bodySHA256", .text), .init("eventSequence", .integer),
        ],
        key: ["caseYear", "caseSequence", "number"])

    /// The files of issued letters.
    public static let letterFile = RegisterTable(
        name: "letterFile",
        columns: [
            .init("caseYear", .integer), .init("caseSequence", .integer), .init("number", .integer),
            .init("format", .text), .init("sha256", .text), .init("content", .blob),
        ],
        key: ["caseYear", "caseSequence", "number", "format"])

    /// Keyed tags of purged references and import keys.
    public static let purgedTag = RegisterTable(
        name: "purgedTag",
        columns: [.init("tag", .text), .init("caseYear", .integer), .init("caseSequence", .integer)], key: ["tag"])

    /// Letters' dispatch records.
    public static let letterDispatch = RegisterTable(
        name: "letterDispatch",
        columns: [
            .init("eventSequence", .integer), .init("caseYear", .integer), .init("caseSequence", .integer),
            .init("number", .integer), .init("kind", .text), .init("on", .text), .init("via", .text),
        ],
        key: ["eventSequence"])

    /// The first event from which dispatch is recorded (one row).
    public static let dispatchTracking = RegisterTable(
        name: "dispatchTracking", columns: [.init("firstTrackedEvent", .integer)], key: ["firstTrackedEvent"])

    /// Files kept with cases.
    public static let attachment = RegisterTable(
        name: "attachment",
        columns: [
            .init("caseYear", .integer), .init("caseSequence", .integer), .init("number", .integer),
            .init("sha256", .text), .init("size", .integer), .init("sealed", .boolean), .init("content", .blob),
            .init("eventSequence", .integer),
        ],
        key: ["caseYear", "caseSequence", "number"])

    /// Users.
    public static let account = RegisterTable(
        name: "account",
        columns: [
            .init("name", .text), .init("role", .text), .init("disabled", .boolean), .init("passwordHash", .text),
            .init("setupCodeHash", .text), .init("setupCodeExpiresAt", .integer),
            .init("sessionsGeneration", .integer), .init("lastEventSequence", .integer),
        ],
        key: ["name"])

    /// API and calendar tokens (their secrets' SHA-256 only).
    public static let apiToken = RegisterTable(
        name: "apiToken",
        columns: [
            .init("id", .integer), .init("user", .text), .init("kind", .text), .init("label", .text),
            .init("secretHash", .text), .init("createdAt", .text), .init("createdBy", .text),
            .init("revokedEventSequence", .integer),
        ],
        key: ["id"])

    /// The access log.
    public static let caseView = RegisterTable(
        name: "caseView",
        columns: [
            .init("position", .integer), .init("caseYear", .integer), .init("caseSequence", .integer),
            .init("actor", .text), .init("viewedAt", .text), .init("mac", .text),
        ],
        key: ["position"])

    /// The access log's head: its newest entry's position and mac, sealed under the register's key (one row). Copied
    /// as it is, since the copy keeps the key: the seal stays right.
    public static let caseViewHead = RegisterTable(
        name: "caseViewHead",
        columns: [.init("position", .integer), .init("mac", .text), .init("seal", .text)],
        key: ["position"])
}
