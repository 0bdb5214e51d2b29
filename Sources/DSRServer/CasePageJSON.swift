import DSRCore
import Foundation

/// A case's page as the API writes it (`GET /api/v1/requests/{case}`): by hand (``CanonicalJSONWritable``), in the
/// bytes `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes for the value of
/// ``RequestDetail/json(prettyPrinted:)`` (the value `dsr show --format json` prints, there pretty-printed), which a
/// test compares byte for byte.
///
/// As there, an event's `recordedAt` is `JSONEncoder`'s default form of a date: seconds since 1 January 2001 (UTC),
/// a number.
struct CasePageJSON: CanonicalJSONWritable {
    /// The case.
    private let detail: RequestDetail
    /// The request as shown (an identity code masked).
    private let record: RequestRecord
    /// The history as shown (identity codes in event data masked).
    private let history: [EventEntry]

    /// The page of a case.
    /// - Throws: ``EventDataError/cannotMaskIdentityCode`` if an event's data names an identity code that cannot be
    ///   masked: nothing is shown rather than the code.
    init(_ detail: RequestDetail) throws(EventDataError) {
        self.detail = detail
        record = detail.shownRecord
        history = try detail.shownHistory()
    }

    /// Writes the page's members in the order of their names, leaving out those not set.
    func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        let source = detail.record
        writer.beginObject()
        writer.member("allowedEvents", detail.workflow.events(from: source.state).map(\.id.rawValue))
        writer.member("attachments", detail.attachments.map(Attachment.init))
        writer.member("explanation", source.deadlineDetail().explanation(in: .en))
        writer.member("extensionNoticeBy", detail.extensionNoticeBy)
        writer.member("history", history.map(HistoryEntry.init))
        writer.member("internalTarget", detail.internalTarget)
        writer.member("letters", detail.dispatch.map(Letter.init))
        writer.member("notes", detail.notes.map(Note.init))
        writer.member("record", record)
        writer.member("summary", RequestSummaryJSON(summary: RequestSummary(source, asOf: detail.asOf)))
        writer.member("voidedEvents", VoidData.voided(in: detail.events).sorted().map(Integer.init))
        writer.endObject()
    }

    /// An event of the history, as its synthesized `Encodable` form writes it with `JSONEncoder`'s default date form.
    private struct HistoryEntry: CanonicalJSONWritable {
        /// The event.
        var entry: EventEntry

        /// Writes the event's members in the order of their names, leaving out those not set.
        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("actor", entry.actor)
            writer.member("caseNumber", entry.caseNumber)
            writer.member("data", entry.data)
            writer.member("hash", entry.hash)
            writer.member("name", entry.name)
            writer.member("on", entry.on)
            writer.member("previousHash", entry.previousHash)
            writer.member("publicData", entry.publicData)
            writer.key("recordedAt")
            writer.number(Self.seconds(entry.recordedAt.timeIntervalSinceReferenceDate))
            writer.member("sequence", entry.sequence)
            writer.member("stateAfter", entry.stateAfter?.rawValue)
            writer.member("workflowVersion", entry.workflowVersion)
            writer.endObject()
        }

        /// A number of seconds as `JSONEncoder` writes a `Double`: its shortest exact text, without a trailing `.0`.
        static func seconds(_ value: Double) -> String {
            let text = value.description
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
    }

    /// An attachment, as ``AttachmentSummary``'s `encode(to:)` writes it.
    private struct Attachment: CanonicalJSONWritable {
        /// The attachment.
        var summary: AttachmentSummary

        /// Writes the attachment's members in the order of their names, leaving out those not set.
        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("actor", summary.actor)
            writer.member("addedOn", summary.addedOn)
            writer.member("deleted", summary.isDeleted)
            writer.member("deletedOn", summary.deletedOn)
            writer.member("deletionReason", summary.deletionReason?.rawValue)
            writer.member("label", summary.label)
            writer.member("name", summary.name)
            writer.member("number", summary.number.description)
            writer.member("sensitive", summary.sensitive)
            writer.member("sha256", summary.sha256)
            writer.member("size", summary.size)
            writer.endObject()
        }
    }

    /// A letter and its dispatch, as ``RequestDetail/LetterLine``'s synthesized `Encodable` form writes it.
    private struct Letter: CanonicalJSONWritable {
        /// The letter.
        var line: RequestDetail.LetterLine

        /// Writes the letter's members in the order of their names, leaving out those not set.
        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("date", line.date)
            writer.member("deliveredOn", line.deliveredOn)
            writer.member("letter", line.letter)
            writer.member("sentOn", line.sentOn)
            writer.member("state", line.state)
            writer.member("tracking", line.tracking)
            writer.member("type", line.type)
            writer.member("via", line.via)
            writer.endObject()
        }
    }

    /// A note, as ``RequestDetail/Note``'s synthesized `Encodable` form writes it.
    private struct Note: CanonicalJSONWritable {
        /// The note.
        var note: RequestDetail.Note

        /// Writes the note's members in the order of their names, leaving out those not set.
        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.beginObject()
            writer.member("actor", note.actor)
            writer.member("isVoid", note.isVoid)
            writer.member("on", note.on)
            writer.member("sequence", note.sequence)
            writer.member("text", note.text)
            writer.endObject()
        }
    }

    /// An event's sequence number, as an element of an array.
    private struct Integer: CanonicalJSONWritable {
        /// The number.
        var value: Int64

        /// Writes the number.
        func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
            writer.number(String(value))
        }
    }
}
