import DSRCases
import DSRCore
import Foundation
import Testing

/// Values the service and contract tests share: fixed days, an actor, and drafts of requests.
enum Fixture {
    /// The actor recorded by the tests.
    static let actor = "tester"

    /// A fixed moment: 2 March 2026 at noon (UTC).
    static func today(_ year: Int = 2026, _ month: Int = 3, _ day: Int = 2) throws -> Today {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        return Today(date: date, now: Date(timeIntervalSince1970: 1_772_452_800))
    }

    /// A day.
    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CivilDate {
        try #require(CivilDate(year: year, month: month, day: day))
    }

    /// A draft of an access request received on `received`.
    static func draft(received: CivilDate, name: String = "Maija Meikäläinen", reference: String? = nil)
        -> RequestDraft
    {
        RequestDraft(
            kind: .access, subject: DataSubject(name: name, email: "maija@example.fi"), received: received,
            reference: reference)
    }

    /// The service over a register, with the built-in workflows.
    static func service(_ storage: any CaseStorage) throws -> CaseService {
        CaseService(storage: storage, workflows: try WorkflowCatalog.builtIn())
    }
}
