import DSRCore
import Foundation
import Testing

/// The names of the events dsr records itself are part of every stored event's hash: they must never change.
struct SystemEventTests {
    @Test func theStoredNamesStayAsEarlierRegistersHaveThem() {
        #expect(
            SystemEvent.allCases.map(\.rawValue) == [
                "register", "letter-issued", "purge", "controller-set", "identity-key", "identity-code-resealed",
                "case-set", "note", "void", "reopen", "attachment-added", "attachment-deleted",
                "letter-sent", "letter-delivered", "user-added", "user-role-changed", "user-disabled",
                "user-password-set", "token-created", "token-revoked",
            ])
        #expect(
            SystemEvent.allCases.filter(\.isCaseWork) == [
                .caseSet, .note, .void, .reopen, .attachmentAdded, .attachmentDeleted, .letterSent, .letterDelivered,
            ])
        #expect(
            SystemEvent.neverVoided == [
                "register", "purge", "letter-issued", "identity-code-resealed", "controller-set", "identity-key",
                "void", "attachment-added", "attachment-deleted", "letter-sent", "letter-delivered",
                "user-added", "user-role-changed", "user-disabled", "user-password-set", "token-created",
                "token-revoked",
            ])
    }

    @Test func anEntryKnowsWhetherItRecordsASystemEvent() throws {
        let day = try #require(CivilDate(year: 2026, month: 3, day: 2))
        let entry = { (name: String) in
            EventEntry(
                caseNumber: nil, name: name, on: day, recordedAt: .init(timeIntervalSince1970: 0), actor: "t",
                workflowVersion: 0, stateAfter: nil, data: "{}")
        }
        #expect(entry("letter-issued").systemEvent == .letterIssued)
        #expect(entry("acknowledge").systemEvent == nil)
    }
}
