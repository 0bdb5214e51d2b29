import DSRCore
import DSRLetters
import Testing

/// The letter each state calls for (`dsr letter CASE` without a type): `WorkflowDefinition.expectedLetter(for:)`,
/// the one implementation the tool uses.
struct DefaultLetterTests {
    let catalog: WorkflowCatalog

    init() throws {
        catalog = try WorkflowCatalog.builtIn()
    }

    private func defaultLetter(_ record: RequestRecord) -> LetterType? {
        catalog[record.kind].expectedLetter(for: record)
    }

    @Test(arguments: LetterType.allCases)
    func theFixtureStateOfEachLetterCallsForIt(type: LetterType) throws {
        #expect(defaultLetter(try LetterFixtures.record(for: type, language: .fi)) == type)
    }

    @Test func aNewRequestCallsForTheAcknowledgement() throws {
        let record = try LetterFixtures.record(.portability, sequence: 40, language: .fi) {
            $0.state = StateID("received")
        }
        #expect(defaultLetter(record) == .acknowledgement)
    }

    @Test func resumingAfterTheDataSubjectAnsweredCallsForNoLetter() throws {
        let record = try LetterFixtures.record(.access, sequence: 41, language: .fi) { record in
            record.pauses = [
                ClockPause(
                    start: try LetterFixtures.date("2026-03-09"),
                    end: try LetterFixtures.date("2026-03-12"))
            ]
            record.lastEventOn = try LetterFixtures.date("2026-03-12")
        }
        #expect(defaultLetter(record) == nil)
    }

    @Test func anExtensionThatIsNoLongerTheLatestEventIsNotCalledForAgain() throws {
        var record = try LetterFixtures.record(for: .extensionNotice, language: .fi)
        record.lastEventOn = try LetterFixtures.date("2026-04-02")
        #expect(defaultLetter(record) == .acknowledgement)
    }

    /// A withdrawn request of every kind calls for the confirmation of the withdrawal (legal-facts § 2.9).
    @Test(arguments: RequestKind.allCases)
    func withdrawnRequestsCallForTheConfirmation(kind: RequestKind) throws {
        let withdrawn = try LetterFixtures.record(kind, sequence: 42, language: .fi) { record in
            record.state = StateID("withdrawn")
            record.outcome = .withdrawn
            record.closedOn = try LetterFixtures.letterDate()
        }
        #expect(defaultLetter(withdrawn) == .withdrawalConfirmation)
    }

    @Test func liftedRequestsCallForNoLetter() throws {
        var lifted = try LetterFixtures.record(for: .restrictionLiftNotice, language: .fi)
        lifted.state = StateID("lifted")
        #expect(defaultLetter(lifted) == nil)
    }

    @Test func everyStatesLetterAppliesToItsKind() throws {
        for kind in RequestKind.allCases {
            let workflow = catalog[kind]
            for state in workflow.states {
                let record = try LetterFixtures.record(kind, sequence: 43, language: .fi) { $0.state = state.id }
                if let letter = defaultLetter(record) {
                    #expect(letter.applies(to: kind), "\(kind.rawValue) \(state.id)")
                }
            }
        }
    }

    @Test func anUnknownStateCallsForNoLetter() throws {
        let record = try LetterFixtures.record(.access, sequence: 44, language: .fi) {
            $0.state = StateID("no-such-state")
        }
        #expect(defaultLetter(record) == nil)
    }
}
