import Foundation

/// Writes requests in the columns of an import file (``ImportColumn/exportOrder``), so that `dsr export` followed
/// by `dsr import` into an empty register gives the same requests under the same case numbers.
///
/// The columns hold what a request's row can say: who asked for what and when, how it arrived, its state, the
/// days it was acknowledged, extended, paused (the pause in progress) and closed, and its outcome. Earlier pauses,
/// refusal grounds, Art. 19 recipients and the full history stay in the register (see docs/import.md).
public enum RequestExport {
    /// The values of a request's columns, in ``ImportColumn/exportOrder``; empty where the request has none.
    public static func values(of record: RequestRecord, acknowledgedOn: CivilDate?) -> [String] {
        ImportColumn.exportOrder.map { column in
            switch column {
            case .caseNumber: record.caseNumber.description
            case .reference: record.reference ?? ""
            case .kind: record.kind.rawValue
            case .received: record.received.description
            case .name: record.subject.name
            case .email: record.subject.email ?? ""
            case .phone: record.subject.phone ?? ""
            case .address: record.subject.address ?? ""
            case .language: record.language.rawValue
            case .channel: record.channel.rawValue
            case .directMarketing: record.kind == .objection ? (record.isDirectMarketing ? "yes" : "no") : ""
            case .note: record.note ?? ""
            case .state: record.state.rawValue
            case .acknowledged: acknowledgedOn?.description ?? ""
            case .extended: record.extendedOn?.description ?? ""
            case .extensionReason: record.extensionReason ?? ""
            case .paused: record.clock == .paused ? record.pauses.last(where: \.isOpen)?.start.description ?? "" : ""
            case .closed: record.closedOn?.description ?? ""
            case .outcome: record.outcome?.rawValue ?? ""
            }
        }
    }

    /// The CSV header line, without a line end.
    public static func csvHeader(separator: Character = ",") -> String {
        ImportColumn.exportOrder.map(\.rawValue).joined(separator: String(separator))
    }

    /// The header line of an empty import sheet (`dsr import --template`), without a line end: the columns `dsr export`
    /// writes except the case number, each under the header name `mapping` maps to it, if any.
    public static func csvTemplate(mapping: ImportColumnMapping = ImportColumnMapping(), separator: Character = ",")
        -> String
    {
        ImportColumn.exportOrder.filter { $0 != .caseNumber }.map { column in
            mapping.entries.first(where: { $0.column == column })?.header ?? column.rawValue
        }.map(RequestListing.quoted).joined(separator: String(separator))
    }

    /// A request as a CSV line (RFC 4180 quoting), without a line end.
    public static func csvLine(_ record: RequestRecord, acknowledgedOn: CivilDate?, separator: Character = ",")
        -> String
    {
        values(of: record, acknowledgedOn: acknowledgedOn).map(RequestListing.quoted).joined(
            separator: String(separator))
    }

    /// A request as one line of JSON Lines: an object with the non-empty columns, keys sorted, without a line end.
    /// - Throws: ``EventDataError`` if it cannot be encoded.
    public static func jsonLine(_ record: RequestRecord, acknowledgedOn: CivilDate?) throws(EventDataError) -> String {
        var object: [String: String] = [:]
        for (column, value) in zip(ImportColumn.exportOrder, values(of: record, acknowledgedOn: acknowledgedOn))
        where !value.isEmpty {
            object[column.rawValue] = value
        }
        return EventEntry.canonicalJSON(object)
    }
}
