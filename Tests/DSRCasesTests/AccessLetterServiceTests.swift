import DSRCases
import DSRCore
import DSRLetters
import Foundation
import Testing

/// Issue 14 in the service: the access information per case, the letter dates, the late refusal and the extension
/// notice's window.
struct AccessLetterServiceTests {
    /// A service with a controller profile (without a privacy notice) and one access request received on
    /// 2 February 2026 (deadline 2 March 2026).
    private static func registered(_ storage: any CaseStorage) async throws -> (CaseService, CaseNumber) {
        let service = try Fixture.service(storage)
        let today = try Fixture.today()
        _ = try await service.changeControllerProfile(
            ChangeControllerProfile(
                changes: ControllerProfileChanges(
                    name: "Esimerkki Oy", businessID: "2747637-5", address: "Esimerkkikatu 2, 00100 Helsinki",
                    email: "tietosuoja@example.fi", contactPerson: "Tietosuojavastaava"), source: "test"),
            actor: Fixture.actor, today: today)
        let record = try await service.register(
            RegisterRequest(draft: Fixture.draft(received: try Fixture.day(2026, 2, 2))), actor: Fixture.actor,
            today: today
        ).record
        return (service, record.caseNumber)
    }

    /// Records a workflow event on 2 March 2026 (or `on`).
    private static func event(
        _ service: CaseService, _ caseNumber: CaseNumber, _ name: String, _ input: EventInput,
        today: Today? = nil
    ) async throws -> Transition {
        try await service.record(
            RecordEvent(caseNumber: caseNumber, event: EventID(name), input: input), actor: Fixture.actor,
            today: try today ?? Fixture.today())
    }

    @Test func accessInformationIsFilledWithoutAReasonAndChangedWithOne() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()

            // Filling in empty fields needs no reason, even where the profile has the matter; "none" is kept as such
            let filled = try await service.setFields(
                SetCaseFields(
                    caseNumber: caseNumber,
                    access: AccessInformation(recipients: "Posti Oy", automatedDecisions: " None ")),
                actor: Fixture.actor, today: today)
            #expect(
                filled.changes == [
                    CaseFieldChange(field: .recipients, old: nil, new: "Posti Oy"),
                    CaseFieldChange(field: .automatedDecisions, old: nil, new: AccessInformation.noneValue),
                ])
            #expect(filled.record.access == AccessInformation(recipients: "Posti Oy", automatedDecisions: "none"))

            // Changing a recorded value needs a reason, and changes nothing without one
            await #expect(throws: CaseWorkError.reasonRequired(caseNumber, fields: [.recipients])) {
                _ = try await service.setFields(
                    SetCaseFields(caseNumber: caseNumber, access: AccessInformation(recipients: "Posti Oy, DHL")),
                    actor: Fixture.actor, today: today)
            }
            #expect(try await storage.record(caseNumber)?.access?.recipients == "Posti Oy")

            // The values are personal: the chain's public form withholds them
            let entry = try #require(try await storage.events(of: caseNumber).last)
            #expect(entry.data.contains("Posti Oy"))
            #expect(!(entry.publicData ?? "").contains("Posti"))

            // The history replays to the record
            let replay = HistoryReplay(workflows: try WorkflowCatalog.builtIn())
            #expect(
                try replay.replay(try await storage.events(of: caseNumber)) == (try await storage.record(caseNumber)))
        }
    }

    @Test func anAccessResponseNeedsEveryRequiredPartAndPrintsTheCaseValues() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            _ = try await Self.event(service, caseNumber, "complete", EventInput(on: today.date))
            let command = WriteLetter(caseNumber: caseNumber, type: .accessResponse, format: .text)

            // Neither the case nor the profile (no notice imported) gives the information: refused, naming the parts
            _ = try await service.setFields(
                SetCaseFields(caseNumber: caseNumber, access: AccessInformation(recipients: "Posti Oy")),
                actor: Fixture.actor, today: today)
            await #expect(
                throws: LetterError.accessInformationMissing(
                    caseNumber, missing: [.purposes, .categories, .retention, .automatedDecisions])
            ) {
                _ = try await service.issueLetter(command, actor: Fixture.actor, today: today)
            }
            #expect(try await service.issuedLetters(of: caseNumber).isEmpty)

            // Recorded on the case, the response prints them and says there is no automated decision-making
            _ = try await service.setFields(
                SetCaseFields(
                    caseNumber: caseNumber,
                    access: AccessInformation(
                        categories: "Nimi\nTilaushistoria", purposes: "Asiakassuhteen hoitaminen.",
                        retention: "Kuusi vuotta.", automatedDecisions: "none")),
                actor: Fixture.actor, today: today)
            let letter = String(decoding: try await service.letter(command, today: today), as: UTF8.self)
            #expect(letter.contains("Posti Oy"))
            #expect(letter.contains("ei tehdä yksinomaan automaattiseen käsittelyyn"))
            #expect(letter.contains("Asiakassuhteen hoitaminen.") && letter.contains("- Tilaushistoria"))
            let issued = try await service.issueLetter(command, actor: Fixture.actor, today: today)
            #expect(issued.letter.type == .accessResponse)
        }
    }

    /// Art. 15(3): the copies kept with `case set --enclose` (label `data-copy`) are the access response's first
    /// enclosures, by file name, and the handler's further enclosures are numbered after them in the same list.
    @Test func theAccessResponseEnclosesTheCasesDataCopies() async throws {
        try await StoreBackend.file.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            _ = try await service.initialiseIdentityKey(actor: Fixture.actor, today: today)
            _ = try await Self.event(service, caseNumber, "complete", EventInput(on: today.date))
            _ = try await service.setFields(
                SetCaseFields(
                    caseNumber: caseNumber,
                    access: AccessInformation(
                        categories: "Nimi", purposes: "Asiakassuhteen hoitaminen.", recipients: "none",
                        retention: "Kuusi vuotta.", automatedDecisions: "none")),
                actor: Fixture.actor, today: today)
            var tailoring = LetterTailoring()
            tailoring.enclosures = ["Laskukopiot"]
            let command = WriteLetter(
                caseNumber: caseNumber, type: .accessResponse, format: .text, tailoring: tailoring)

            var letter = String(decoding: try await service.letter(command, today: today), as: UTF8.self)
            #expect(!letter.contains("jäljennös käsiteltävistä henkilötiedoistanne"))
            #expect(letter.contains("Liitteet\n1. Laskukopiot\n"))

            for name in ["/home/officer/tiedot.csv", "/home/officer/kuvat.zip"] {
                _ = try await service.attach(
                    AttachFile(
                        caseNumber: caseNumber, content: Data(name.utf8), fileName: name,
                        label: AttachmentLabel.dataCopy.value, sensitive: true, limit: .standard),
                    actor: Fixture.actor, today: today)
            }
            letter = String(decoding: try await service.letter(command, today: today), as: UTF8.self)
            #expect(letter.contains("Jäljennös käsiteltävistä henkilötiedoistanne on tämän kirjeen liitteenä"))
            let list =
                "Liitteet\n1. tiedot.csv: jäljennös käsiteltävistä henkilötiedoistanne (15 artiklan 3 kohta)\n"
                + "2. kuvat.zip: jäljennös käsiteltävistä henkilötiedoistanne (15 artiklan 3 kohta)\n3. Laskukopiot\n"
            #expect(letter.contains(list))
            let issued = try await service.issueLetter(command, actor: Fixture.actor, today: today)
            let file = try #require(issued.letter.files.first?.content)
            #expect(String(decoding: file, as: UTF8.self).contains(list))
        }
    }

    @Test func aLetterDateMustLieFromReceiptToToday() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let today = try Fixture.today()
            func command(_ date: CivilDate?) -> WriteLetter {
                WriteLetter(caseNumber: caseNumber, type: .acknowledgement, date: date, format: .text)
            }
            let before = try Fixture.day(2026, 2, 1)
            let after = try Fixture.day(2026, 3, 3)
            await #expect(
                throws: LetterError.dateBeforeReceipt(caseNumber, date: before, received: try Fixture.day(2026, 2, 2))
            ) {
                _ = try await service.letter(command(before), today: today)
            }
            await #expect(throws: LetterError.dateInFuture(caseNumber, date: after, today: today.date)) {
                _ = try await service.issueLetter(command(after), actor: Fixture.actor, today: today)
            }
            #expect(LetterError.dateInFuture(caseNumber, date: after, today: today.date).category == .invalidData)
            #expect(try await service.issuedLetters(of: caseNumber).isEmpty)
            // The day of receipt and today are both allowed; no date means today
            _ = try await service.letter(command(try Fixture.day(2026, 2, 2)), today: today)
            let issued = try await service.issueLetter(command(nil), actor: Fixture.actor, today: today)
            #expect(issued.letter.date == today.date)
        }
    }

    /// A reprint keeps its date, also with the handler's additions (which the check for sameness must render too).
    @Test(arguments: [
        LetterTailoring(), LetterTailoring(paragraphs: ["Pahoittelemme viivettä."], enclosures: ["Kuitti"]),
    ])
    func aReprintKeepsItsOriginalDate(tailoring: LetterTailoring) async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let issuedDay = try Fixture.today(2026, 2, 3)
            let later = try Fixture.today()
            let command = WriteLetter(
                caseNumber: caseNumber, type: .acknowledgement, format: .text, tailoring: tailoring)
            let first = try await service.issueLetter(command, actor: Fixture.actor, today: issuedDay)
            #expect(first.letter.date == issuedDay.date)

            // A month later, nothing changed: printing and issuing again give the letter of 3 February
            let draft = String(decoding: try await service.letter(command, today: later), as: UTF8.self)
            #expect(draft.contains("3.2.2026") && !draft.contains("2.3.2026\n"))
            let again = try await service.issueLetter(command, actor: Fixture.actor, today: later)
            guard case .alreadyIssued(let letter) = again else {
                Issue.record("a reprint was issued as a new letter")
                return
            }
            #expect(letter.number == first.letter.number && letter.date == issuedDay.date)

            // A date given explicitly is a new letter of that date
            let dated = try await service.issueLetter(
                WriteLetter(caseNumber: caseNumber, type: .acknowledgement, date: later.date, format: .text),
                actor: Fixture.actor, today: later)
            #expect(dated.letter.date == later.date && dated.letter.number != first.letter.number)
        }
    }

    @Test func aRefusalAfterTheDeadlineIsRecordedAsLate() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            // Received 2.2.2026, deadline 2.3.2026; refused on 4.3.2026
            let late = try Fixture.today(2026, 3, 4)
            let refused = try await Self.event(
                service, caseNumber, "refuse",
                EventInput(
                    on: late.date, reason: "Sama pyyntö neljä kertaa.",
                    grounds: [GroundCode(rawValue: "art12-5-excessive")]), today: late)
            #expect(refused.record.refusal?.late == true)
            let entry = try #require(try await storage.events(of: caseNumber).last)
            #expect(entry.data.contains("\"late\":true"))
            #expect((entry.publicData ?? entry.data).contains("\"late\":true"))
            let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: late.date))
            #expect(detail.text().contains("Late:      refused on 2026-03-04, after the deadline"))
            let report = PeriodReport(
                records: [try #require(try await storage.record(caseNumber))], from: try Fixture.day(2026, 1, 1),
                to: try Fixture.day(2026, 12, 31))
            #expect(report.lateRefusals == 1)
            let replay = HistoryReplay(workflows: try WorkflowCatalog.builtIn())
            #expect(
                try replay.replay(try await storage.events(of: caseNumber)) == (try await storage.record(caseNumber)))
        }
    }

    @Test func aRefusalOnTimeIsNotMarkedLate() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            let refused = try await Self.event(
                service, caseNumber, "refuse",
                EventInput(
                    on: try Fixture.day(2026, 3, 2), reason: "Sama pyyntö neljä kertaa.",
                    grounds: [GroundCode(rawValue: "art12-5-excessive")]))
            #expect(refused.record.refusal?.late == nil)
            #expect(!(try await storage.events(of: caseNumber).last?.data ?? "").contains("late"))
        }
    }

    @Test func showGivesTheExtensionNoticeWindowAndTheInternalTarget() async throws {
        try await StoreBackend.inMemory.withStorage { storage in
            let (service, caseNumber) = try await Self.registered(storage)
            _ = try await service.changeControllerProfile(
                ChangeControllerProfile(changes: ControllerProfileChanges(internalTargetWorkingDays: 5), source: "t"),
                actor: Fixture.actor, today: try Fixture.today())
            // A pause of 10 days moves the deadline but not the window for the extension notice
            _ = try await Self.event(
                service, caseNumber, "request-identity", EventInput(on: try Fixture.day(2026, 2, 5)),
                today: try Fixture.today(2026, 2, 5))
            _ = try await Self.event(
                service, caseNumber, "receive-identity", EventInput(on: try Fixture.day(2026, 2, 15)),
                today: try Fixture.today(2026, 2, 15))
            let detail = try await service.show(ShowCase(caseNumber: caseNumber, asOf: try Fixture.day(2026, 2, 15)))
            #expect(detail.record.deadline == (try Fixture.day(2026, 3, 12)))
            #expect(detail.extensionNoticeBy == (try Fixture.day(2026, 3, 2)))
            #expect(detail.internalTarget == (try Fixture.day(2026, 3, 5)))
            let text = detail.text()
            #expect(text.contains("Extension notice by 2026-03-02 (GDPR Art. 12(3)"))
            #expect(text.contains("Internal target 2026-03-05 (5 working days before the deadline)"))
        }
    }
}
