import DSRCore
import Foundation

/// The lines of `dsr audit export`: one event per line, JSON Lines or CSV.
enum AuditExportRows {
    /// One JSON object with sorted keys.
    static func jsonLine(_ entry: AuditTrailEntry) throws(EventDataError) -> String {
        EventEntry.canonicalJSON(entry)
    }

    /// The CSV header.
    static func csvHeader(_ includePersonalData: Bool) -> String {
        var columns = [
            "sequence", "case", "name", "on", "recordedAt", "actor", "workflowVersion", "stateAfter", "format",
            "data", "personalHash", "stateHash", "previousHash", "hash", "personalDataRemoved",
        ]
        if includePersonalData { columns.append("personalData") }
        return columns.joined(separator: ",")
    }

    /// One CSV row.
    static func csvLine(_ entry: AuditTrailEntry, _ includePersonalData: Bool) -> String {
        var cells = [
            String(entry.sequence), entry.caseNumber ?? "", entry.name, entry.on, entry.recordedAt, entry.actor,
            String(entry.workflowVersion), entry.stateAfter ?? "", String(entry.format), entry.data,
            entry.personalHash ?? "", entry.stateHash ?? "", entry.previousHash, entry.hash,
            entry.personalDataRemoved ? "true" : "false",
        ]
        if includePersonalData { cells.append(entry.personalData ?? "") }
        return cells.map(RequestListing.quoted).joined(separator: ",")
    }
}
