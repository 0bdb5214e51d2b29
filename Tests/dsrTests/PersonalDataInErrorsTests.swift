import ArgumentParser
import DSRCore
import DSRLetters
import DSRNotice
import DSRStore
import Foundation
import Testing

@testable import dsr

/// No personal data in error messages: every case of every error type of DSRCore, DSRStore, DSRLetters and the tool
/// is rendered with fixture personal data in each value that can carry a request's data or command-line input, and
/// the binary is run with personal data in every kind of wrong place. None of it may appear.
///
/// Values that never come from a request or from input (file paths the officer chose, dsr's own data files, workflow
/// definitions, codes already validated against a catalogue) get ordinary values. Each enumeration below switches
/// over its type without `default`, so a new error case does not compile until it is rendered here too.
struct PersonalDataInErrorsTests {
    /// The fixture person: name, e-mail, address, telephone, henkilötunnus and a free text about them.
    static let personalData = [
        "Maija Meikäläinen", "maija.meikalainen@example.fi", "Esimerkkikatu 1, 00100 Helsinki",
        "+358 40 123 4567", "131052-308T", "Hän kertoi terveydentilastaan",
    ]

    private static let caseNumber = CaseNumber(year: 2026, sequence: 42)
    private static let day = CivilDate(year: 2026, month: 11, day: 21) ?? RequestRules.gdprStart

    /// Every input error, with `text` holding personal data.
    static func inputErrors(_ personal: String) -> [InputError] {
        [
            .invalidDate(field: "--received", text: personal), .yearOutOfRange(field: "--received", year: 2201),
            .receivedInFuture(day, today: day), .receivedBeforeGDPR(day),
            .empty(field: "--name"), .tooLong(field: "--name", limit: 200), .forbiddenCharacters(field: "--address"),
            .unknownValue(field: "kind", text: personal, accepted: ["access"]), .directMarketingNotObjection(.access),
            .invalidIdentityCode(field: "--hetu"), .tooShort(field: "password", minimum: 12),
            .tooManyBytes(field: "password", limit: 72),
        ]
    }

    static func name(_ error: InputError) -> String {
        switch error {
        case .invalidDate: "invalidDate"
        case .yearOutOfRange: "yearOutOfRange"
        case .receivedInFuture: "receivedInFuture"
        case .receivedBeforeGDPR: "receivedBeforeGDPR"
        case .empty: "empty"
        case .tooLong: "tooLong"
        case .forbiddenCharacters: "forbiddenCharacters"
        case .unknownValue: "unknownValue"
        case .directMarketingNotObjection: "directMarketingNotObjection"
        case .invalidIdentityCode: "invalidIdentityCode"
        case .tooShort: "tooShort"
        case .tooManyBytes: "tooManyBytes"
        }
    }

    /// Every store error; its operation and reason are dsr's own words (SQLite's arguments never reach them, see
    /// `realStorageFailureNamesNoPersonalData`).
    static func storeErrors(_ personal: String) -> [StoreError] {
        [
            .unknownCase(caseNumber), .cannotOpen(path: "/srv/dsr/dsr.sqlite", reason: "Permission denied"),
            .notARegister(path: "/srv/dsr/dsr.sqlite"), .newerSchema(path: "/srv/dsr/dsr.sqlite", found: "version 3"),
            .failed(operation: "record an event on case 2026-0042", reason: "the register is read-only"),
            .outcomeUnknown(
                operation: "import requests",
                reason: "the connection to the PostgreSQL server at postgresql://db.example:5432/dsr was lost"),
            .missing(path: "/srv/dsr/dsr.sqlite"), .referenceInUse(caseNumber),
            .unreadable(operation: "show case 2026-0042", what: "the stored state of case 2026-0042"),
            .damaged(operation: "check the register", finding: "SQLite's integrity check finds the file damaged"),
        ]
    }

    static func name(_ error: StoreError) -> String {
        switch error {
        case .unknownCase: "unknownCase"
        case .cannotOpen: "cannotOpen"
        case .notARegister: "notARegister"
        case .newerSchema: "newerSchema"
        case .failed: "failed"
        case .outcomeUnknown: "outcomeUnknown"
        case .missing: "missing"
        case .referenceInUse: "referenceInUse"
        case .unreadable: "unreadable"
        case .damaged: "damaged"
        }
    }

    /// Every transition error; the event and ground of the "unknown" cases are raw input, so they hold personal data.
    static func transitionErrors(_ personal: String) -> [TransitionError] {
        let ground = GroundCode(rawValue: "art12-5-excessive")
        return [
            .unknownEvent(caseNumber, kind: .access, event: EventID(personal), known: [EventID("complete")]),
            .notAllowed(caseNumber, state: StateID("refused"), event: EventID("complete"), allowed: []),
            .missing(caseNumber, event: EventID("refuse"), requirement: .reason),
            .unknownGround(GroundCode(rawValue: personal)),
            .groundNotValid(caseNumber, ground: ground, event: EventID("acknowledge"), kind: .erasure, valid: []),
            .groundBarredForDirectMarketing(caseNumber, ground: ground),
            .alreadyExtended(caseNumber, on: day), .extensionTooLate(caseNumber, on: day, lastDay: day),
            .dateBeforeHistory(caseNumber, on: day, earliest: day), .dateInFuture(caseNumber, on: day, today: day),
            .liftDateNotAfterNotice(caseNumber, liftsOn: day, on: day),
        ]
    }

    static func name(_ error: TransitionError) -> String {
        switch error {
        case .unknownEvent: "unknownEvent"
        case .notAllowed: "notAllowed"
        case .missing: "missing"
        case .unknownGround: "unknownGround"
        case .groundNotValid: "groundNotValid"
        case .groundBarredForDirectMarketing: "groundBarredForDirectMarketing"
        case .alreadyExtended: "alreadyExtended"
        case .extensionTooLate: "extensionTooLate"
        case .dateBeforeHistory: "dateBeforeHistory"
        case .dateInFuture: "dateInFuture"
        case .liftDateNotAfterNotice: "liftDateNotAfterNotice"
        }
    }

    /// Every replay error; event names read from a (possibly tampered) log hold personal data.
    static func replayErrors(_ personal: String) -> [ReplayError] {
        [
            .emptyHistory, .notARegistration(sequence: 3, name: personal), .registeredTwice(sequence: 3),
            .unreadableData(sequence: 3), .workflowVersion(sequence: 3, recorded: 2, known: 1),
            .refused(sequence: 3, .unknownGround(GroundCode(rawValue: personal))),
            .unknownEvent(sequence: 3, name: personal),
            .stateMismatch(sequence: 3, recorded: StateID("refused"), replayed: StateID("completed")),
            .historyNeeded(sequence: 3),
        ]
    }

    static func name(_ error: ReplayError) -> String {
        switch error {
        case .emptyHistory: "emptyHistory"
        case .notARegistration: "notARegistration"
        case .registeredTwice: "registeredTwice"
        case .unreadableData: "unreadableData"
        case .workflowVersion: "workflowVersion"
        case .refused: "refused"
        case .unknownEvent: "unknownEvent"
        case .stateMismatch: "stateMismatch"
        case .historyNeeded: "historyNeeded"
        }
    }

    /// Every letter error (grounds in a stored refusal were validated when it was recorded; missing items and
    /// fields are named by their roles).
    static func letterErrors() -> [LetterError] {
        [
            .notRefused(caseNumber), .controllerMissing(caseNumber),
            .unknownGround(caseNumber, GroundCode(rawValue: "x-1")),
            .groundsMissing(caseNumber), .reasonsWithheldWithoutRestriction(caseNumber), .reasonMissing(caseNumber),
            .notApplicable(caseNumber, .refusal, .access), .closed(caseNumber, .identityRequest),
            .notPaused(caseNumber, .identityRequest), .notExtended(caseNumber),
            .extensionTooLate(caseNumber, extendedOn: day, lastDay: day),
            .extensionNoticeTooLate(caseNumber, date: day, lastDay: day), .extensionReasonMissing(caseNumber),
            .notCompleted(caseNumber, .erasureNotice), .notRestricted(caseNumber), .recipientsMissing(caseNumber),
            .detailsMissing(caseNumber, .portabilityNotice),
            .accessInformationMissing(caseNumber, missing: [.purposes]),
            .dateBeforeReceipt(caseNumber, date: day, received: day), .dateInFuture(caseNumber, date: day, today: day),
            .templateMissing(.refusal, .sv), .templateInvalid(name: "refusal.fi.mustache", detail: "unclosed section"),
            .binaryFormat(.pdf), .notRepresentableInPDF(caseNumber, fields: ["name"]), .liftNotRecorded(caseNumber),
            .notWithdrawn(caseNumber),
        ]
    }

    static func name(_ error: LetterError) -> String {
        switch error {
        case .notRefused: "notRefused"
        case .controllerMissing: "controllerMissing"
        case .unknownGround: "unknownGround"
        case .groundsMissing: "groundsMissing"
        case .reasonsWithheldWithoutRestriction: "reasonsWithheldWithoutRestriction"
        case .reasonMissing: "reasonMissing"
        case .notApplicable: "notApplicable"
        case .closed: "closed"
        case .notPaused: "notPaused"
        case .notExtended: "notExtended"
        case .extensionTooLate: "extensionTooLate"
        case .extensionNoticeTooLate: "extensionNoticeTooLate"
        case .extensionReasonMissing: "extensionReasonMissing"
        case .notCompleted: "notCompleted"
        case .notRestricted: "notRestricted"
        case .liftNotRecorded: "liftNotRecorded"
        case .notWithdrawn: "notWithdrawn"
        case .recipientsMissing: "recipientsMissing"
        case .detailsMissing: "detailsMissing"
        case .accessInformationMissing: "accessInformationMissing"
        case .dateBeforeReceipt: "dateBeforeReceipt"
        case .dateInFuture: "dateInFuture"
        case .templateMissing: "templateMissing"
        case .templateInvalid: "templateInvalid"
        case .binaryFormat: "binaryFormat"
        case .notRepresentableInPDF: "notRepresentableInPDF"
        }
    }

    /// The other error types of the core, the store and the tool.
    static func otherErrors() -> [any LocalizedError] {
        var errors: [any LocalizedError] = []
        for error: ExpectedLetterError in [.noLetterForState(caseNumber, state: StateID("received"))] {
            switch error {
            case .noLetterForState: errors.append(error)
            }
        }
        for error: SupervisoryAuthorityError in [
            .missing(file: "authority.json"),
            .malformed(file: "authority.json", detail: "no postal address"),
        ] {
            switch error {
            case .missing, .malformed: errors.append(error)
            }
        }
        let letter = LetterNumber(caseNumber: caseNumber, sequence: 2)
        for error: IssuedLetterError in [
            .unknownLetter(letter), .fileUnavailable(letter, .pdf),
            .numberMismatch(expected: letter, got: letter), .recordChanged(letter),
        ] {
            switch error {
            case .unknownLetter, .fileUnavailable, .numberMismatch, .recordChanged: errors.append(error)
            }
        }
        let attachment = AttachmentNumber(caseNumber: caseNumber, sequence: 2)
        for error: AttachmentError in [
            .tooLarge(size: 30_000_000, limit: 25 << 20), .tooLarge(size: nil, limit: 1 << 20), .empty, .invalidLabel,
            .invalidLimit, .unknownAttachment(attachment), .deleted(attachment, on: day, reason: .identityConfirmed),
            .contentMismatch(attachment), .identityAlreadyConfirmed(caseNumber),
            .notAnAccessRequest(caseNumber, kind: .erasure),
        ] {
            switch error {
            case .tooLarge, .empty, .invalidLabel, .invalidLimit, .unknownAttachment, .deleted, .contentMismatch,
                .identityAlreadyConfirmed, .notAnAccessRequest:
                errors.append(error)
            }
        }
        let workflow = WorkflowError(
            file: "access.yaml", line: 3, rule: "one-initial-state", message: "two initial states")
        errors.append(workflow)
        do {
            _ = try WorkflowCatalog(files: [(name: "access.yaml", text: "kind: access\nstates: [")])
        } catch {
            errors.append(error)
        }
        let keyPath = "/srv/dsr/dsr.sqlite.key"
        for error: IdentityCodeError in [
            .keyUnreadable(path: keyPath, reason: "it cannot be read"),
            .keyMissing(path: keyPath), .keyMismatch(path: keyPath),
            .rotationUnfinished(path: keyPath, pending: keyPath + ".new"), .noKey(path: keyPath),
            .keyExists(path: keyPath), .cannotSeal, .cannotOpen,
        ] {
            switch error {
            case .keyUnreadable, .keyMissing, .keyMismatch, .rotationUnfinished, .noKey, .keyExists, .cannotSeal,
                .cannotOpen:
                errors.append(error)
            }
        }
        errors.append(CheckpointIncomplete(path: "/srv/dsr/dsr.sqlite"))
        for error: BackupError in [
            .destinationExists(path: "/srv/b.sqlite", isRegister: true),
            .destinationExists(path: "/srv/b.sqlite", isRegister: false),
            .sourceMissing(path: "/srv/b.sqlite"),
            .sourceDoesNotVerify(path: "/srv/b.sqlite", problems: 2, first: "event 3: changed"),
            .copyDoesNotVerify(path: "/srv/b.sqlite", problems: 2, first: "event 3: changed"),
            .cannotWrite(path: "/srv/b.sqlite", reason: "No space left on device"),
        ] {
            switch error {
            case .destinationExists, .sourceMissing, .sourceDoesNotVerify, .copyDoesNotVerify, .cannotWrite:
                errors.append(error)
            }
        }
        for error: NoticeError in [
            .empty, .tooLarge(bytes: 60_000_000, limit: 50_000_000), .binary(kind: "PDF"),
            .binary(kind: nil), .invalidEncoding(offset: 12),
        ] {
            switch error {
            case .empty, .tooLarge, .binary, .invalidEncoding: errors.append(error)
            }
        }
        for error: NoticeImportError in [
            .nothingFound(path: "/srv/tietosuojaseloste.txt"),
            .incomplete(
                path: "/srv/t.txt", problems: [.missingName, .missingContact],
                dryRun: false),
            .unknownField(index: 0),
            .toolMissing(
                format: "PDF", tool: "pdftotext", package: "poppler-utils",
                brew: "poppler"),
            .unreadable(format: "PDF", tool: "pdftotext"),
        ] {
            switch error {
            case .nothingFound, .incomplete, .unknownField, .toolMissing, .unreadable: errors.append(error)
            }
        }
        for error: FileError in [.missing(path: "/srv/wf", what: "folder"), .notText(path: "/srv/wf/a.yaml")] {
            switch error {
            case .missing, .notText: errors.append(error)
            }
        }
        for error: OutputFileError in [
            .exists(path: "/srv/out.txt"),
            .protected(path: "/srv/dsr/dsr.sqlite-wal", what: "the register's write-ahead log"),
            .notRegularFile(path: "/srv/out.txt", kind: "a symbolic link"),
            .cannotCreate(path: "/srv/out.txt", reason: "Permission denied"),
            .cannotWrite(path: "/srv/out.txt", reason: "No space left on device"),
        ] {
            switch error {
            case .exists, .protected, .notRegularFile, .cannotCreate, .cannotWrite: errors.append(error)
            }
            errors.append(
                IssuedLetterNotPlaced(number: LetterNumber(caseNumber: caseNumber, sequence: 3), cause: error))
        }
        for error: StandardOutputFailure in [.closed, .failed(reason: "No space left on device")] {
            switch error {
            case .closed, .failed: errors.append(error)
            }
        }
        for error: ChainAnchorError in [
            .malformed(path: nil, line: nil),
            .malformed(path: "/srv/b.sqlite.anchor", line: 2),
            .missing(path: "/srv/b.sqlite.anchor"), .unreadable(path: "/srv/b.sqlite.anchor"),
            .noAnchorFiles(folder: "/srv/backups"),
        ] {
            switch error {
            case .malformed, .missing, .unreadable, .noAnchorFiles: errors.append(error)
            }
        }
        for error: EventDataError in [.cannotMaskIdentityCode] {
            switch error {
            case .cannotMaskIdentityCode: errors.append(error)
            }
        }
        for kind in ChainProblem.Kind.allCases {
            let problem = ChainProblem(kind: kind, sequence: 3, caseNumber: caseNumber, detail: "changed")
            errors.append(AuditFailure(problems: 1, firstEvent: 3, firstCase: caseNumber, first: problem))
        }
        for error: ImportError in [
            .emptyFile,
            .invalidHeader([
                .unknown("colour", position: 3, closest: nil),
                .duplicate("nimi", position: 2, column: .name, first: 1),
                .missing(.name, closest: .init(name: "nimii", position: 4)),
            ]),
            .invalidRows(count: 2, valid: 3),
            .recordTooLong(line: 7, limit: 1 << 20), .notText(offset: 12, scalar: 0x1B),
        ] {
            switch error {
            case .emptyFile, .invalidHeader, .invalidRows, .recordTooLong, .notText:
                errors.append(error)
            }
        }
        for problem: ImportMappingError.Problem in [
            .notAnAssignment, .emptyHeader, .unknownTarget(header: "Sähköposti"),
            .mappedTwice(header: "Saapunut"), .mappedAndIgnored(header: "Huom"),
            .notYAML(line: 3), .empty, .shape("ignore must be a list"),
        ] {
            switch problem {
            case .notAnAssignment, .emptyHeader, .unknownTarget, .mappedTwice, .mappedAndIgnored, .notYAML, .empty,
                .shape:
                errors.append(ImportMappingError(source: .file, problem: problem))
            }
        }
        errors.append(
            UsageFailure(
                message: "give --closed-before DATE. dsr suggests --closed-before 2021-01-01: "
                    + RetentionPolicy.reason))
        return errors
    }

    @Test(arguments: personalData)
    func everyErrorCaseLeavesThePersonalDataOut(_ personal: String) throws {
        // Given every case of every error type, built with the personal data wherever input or a request's data goes
        let input = Self.inputErrors(personal)
        let store = Self.storeErrors(personal)
        let transition = Self.transitionErrors(personal)
        let replay = Self.replayErrors(personal)
        let letters = Self.letterErrors()
        #expect(Set(input.map(Self.name)).count == 12)
        #expect(Set(store.map(Self.name)).count == 10)
        #expect(Set(transition.map(Self.name)).count == 11)
        #expect(Set(replay.map(Self.name)).count == 9)
        #expect(Set(letters.map(Self.name)).count == 26)
        let errors: [any LocalizedError] = input + store + transition + replay + letters + Self.otherErrors()

        // Then each message says something, and none holds the personal data
        for error in errors {
            let message = try #require(error.errorDescription, "\(type(of: error))")
            #expect(message.count > 10)
            #expect(!message.contains(personal), "\(type(of: error)): \(message)")
            if let worded = error as? any CommandLineWorded {
                #expect(
                    !worded.commandLineMessage.contains(personal), "\(type(of: error)): \(worded.commandLineMessage)")
            }
        }
    }

    @Test func echoedInputHelpsWhenItCannotBePersonal() {
        #expect(
            InputError.invalidDate(field: "--received", text: "2026-02-30").errorDescription?.contains("'2026-02-30'")
                == true)
        #expect(
            InputError.unknownValue(field: "kind", text: "complaint", accepted: []).errorDescription?.contains(
                "'complaint'") == true)
        #expect(
            TransitionError.unknownGround(GroundCode(rawValue: "no-such-ground")).errorDescription?.contains(
                "'no-such-ground'") == true)
    }

    @Test func realStorageFailureNamesNoPersonalData() async throws {
        // Given a register that refuses every new request, and a request full of personal data
        let store = try SQLiteStore.inMemory()
        try store.executeForTesting(
            "CREATE TRIGGER refuse BEFORE INSERT ON request BEGIN SELECT RAISE(ABORT, 'refused'); END")
        let workflow = try WorkflowCatalog.builtIn()[.access]
        let draft = RequestDraft(
            kind: .access,
            subject: DataSubject(
                name: Self.personalData[0], email: Self.personalData[1], address: Self.personalData[2],
                phone: Self.personalData[3]), received: Self.day, note: Self.personalData[5])

        let clean = try RequestRules.validated(draft, today: Self.day)

        // When it is stored the way the service registers it
        let error = try await #require(throws: StoreError.self) {
            try await store.insert(year: clean.received.year) { caseNumber in
                try RequestRules.registration(
                    of: clean, caseNumber: caseNumber, workflow: workflow,
                    calculator: DeadlineCalculator(), actor: "officer",
                    now: Date(timeIntervalSince1970: 1_790_000_000))
            }
        }
        // Then the store's message names none of it
        for personal in Self.personalData { #expect(error.errorDescription?.contains(personal) == false) }
    }

    @Test func theToolNeverRepeatsPersonalDataGivenInTheWrongPlace() throws {
        // Given a register with one request of the person
        let dsr = try DSRBinary()
        defer { dsr.remove() }
        let (name, email, address, phone, code, text) = (
            Self.personalData[0], Self.personalData[1], Self.personalData[2],
            Self.personalData[3], Self.personalData[4], Self.personalData[5]
        )
        try dsr.run([
            "register", "access", "--name", name, "--email", email, "--address", address, "--phone", phone,
            "--hetu", code, "--note", text, "--received", "2026-10-05",
        ])

        // When commands fail with the personal data in every kind of wrong place
        let failing: [[String]] = [
            ["register", name, "--name", "X"], ["register", "access", "--name", "X", "--received", name],
            ["register", "access", "--name", "X", "--email", name],
            ["register", "access", "--name", "X", "--hetu", text],
            ["register", "access", "--name", name, "--email", email, "--received", "2030-01-01"],
            ["register", "access", "--name", name + "\u{7}", "--note", text],
            ["register", "access", "--name", "X", "--hetu", "131052-308U"], ["list", "--hetu", phone],
            ["refuse", "2026-0001", "--ground", name, "--reason", text], ["event", "2026-0001", name],
            ["event", "2026-0001", email], ["list", "--state", name], ["list", "--kind", address], ["show", name],
            ["show", phone], ["letter", "2026-0001", email], ["letter", "2026-0001", "refusal"],
            ["register", "access", "--name", "X", "--language", email],
            ["register", "access", "--name", "X", "--channel", phone],
            ["extend", "2026-0001", "--reason", text], ["complete", "2026-0001", "--on", "2026-01-01", "--note", text],
            ["refuse", "2026-0001", "--ground", "art17-3-b-legal-obligation", "--reason", text],
            ["controller", "set", "--business-id", code], ["controller", "set", "--email", name],
            ["purge", "--closed-before", name], ["report", "--from", email, "--to", "2026-12-31"],
            ["deadline", "--received", code], ["audit", "export", name],
            // The argument parser's own errors (issue 12): a name with a space left unquoted, values of the wrong type
            ["register", "access", "--name"] + name.split(separator: " ").map(String.init),
            ["register", "access", "--received", "2026-11-01", "--name", "Maija", "Meikäläinen", "--hetu", code],
            ["list", "--format", name], ["list", "--due-within", phone], ["list", "--due-within", code],
            ["import", "--dry-run=" + name, "x.csv"], ["show", "2026-0001", name], [name],
            ["register", "access", "--name", "X", "--actor", name + "\u{1B}[2J"],
        ]
        for arguments in failing {
            let result = try dsr.run(arguments)
            // Then each fails with a message, and none of the message repeats the personal data
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
            for personal in Self.personalData {
                #expect(!result.stderr.contains(personal), "\(arguments): \(result.stderr)")
            }
            #expect(!result.stderr.contains("Meikäläinen") && !result.stderr.contains("308T"), "\(result.stderr)")
        }
    }
}
