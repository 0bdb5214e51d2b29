import Foundation

/// Checks the rows of an import file: every column of a row is checked, so that one pass lists every problem.
///
/// The rules are those of `dsr register` and of the workflow events (``RequestRules/validated(_:today:)``,
/// ``TextRules``, ``RequestStateMachine``), plus the order of the row's dates.
public struct ImportRowChecker: Sendable {
    /// The result of checking a row.
    public enum Checked: Sendable, Equatable {
        /// The row is a valid request.
        case request(ImportedRequest)
        /// The row's problems, at least one.
        case invalid([ImportIssue])
    }

    /// The workflows in force.
    public let workflows: WorkflowCatalog
    /// The deadline calculator.
    public let calculator: DeadlineCalculator
    /// Today's date; no date in the file may be later.
    public let today: CivilDate
    /// Kinds and channels already looked up, by their text: a file repeats a few names many times.
    private var kinds: [String: RequestKind?] = [:]
    private var channels: [String: Channel?] = [:]

    /// Creates a checker.
    public init(workflows: WorkflowCatalog, calculator: DeadlineCalculator = DeadlineCalculator(), today: CivilDate) {
        self.workflows = workflows
        self.calculator = calculator
        self.today = today
    }

    /// Checks a row.
    public mutating func check(_ row: ImportRow) -> Checked {
        var issues: [ImportIssue] = []
        func fail(_ column: ImportColumn?, _ message: String) {
            issues.append(ImportIssue(line: row.line, column: column.map(row.header(of:)), message: message))
        }
        /// The trimmed text of a column, `nil` if absent or blank; text that was not UTF-8 is reported.
        func value(_ column: ImportColumn) -> String? {
            guard let raw = row[column] else { return nil }
            if raw.unicodeScalars.contains("\u{FFFD}") {
                fail(column, "is not UTF-8 text; save the file as 'CSV UTF-8' (in Excel: Save As, CSV UTF-8)")
                return nil
            }
            let trimmed = raw.trimmedWhitespaceAndNewlines
            return trimmed.isEmpty ? nil : trimmed
        }
        func date(_ column: ImportColumn) -> CivilDate? {
            guard let text = value(column) else { return nil }
            guard let date = Self.date(text) else {
                fail(column, "is not a real date; write it as YYYY-MM-DD (2026-11-05) or D.M.YYYY (5.11.2026)")
                return nil
            }
            guard CivilDate.acceptedYears.contains(date.year) else {
                fail(
                    column,
                    "is in the year \(date.year); dsr accepts dates from \(CivilDate.acceptedYears.lowerBound) "
                        + "to \(CivilDate.acceptedYears.upperBound)")
                return nil
            }
            if date > today { fail(column, "is after today (\(today)); give the day it actually happened") }
            return date
        }
        func text(_ column: ImportColumn, limit: Int = TextRules.textLimit, multiline: Bool = true) -> String? {
            guard let text = value(column) else { return nil }
            do {
                return try TextRules.optional(text, field: column.rawValue, limit: limit, multiline: multiline)
            } catch {
                fail(column, Self.message(for: error))
                return nil
            }
        }
        /// A column that holds a registration's text, under the rule `dsr register` applies to it.
        func text(_ column: ImportColumn, _ rule: RegistrationText) -> String? {
            text(column, limit: rule.limit, multiline: rule.isMultiline)
        }

        // The columns one by one.
        var kind: RequestKind?
        if let text = value(.kind) {
            if let known = kinds[text] {
                kind = known
            } else {
                kind = RequestKind(name: text)
                if kinds.count < 1000 { kinds[text] = kind }
            }
            if kind == nil {
                fail(
                    .kind,
                    "is not a request kind; use access, rectification, erasure, restriction, portability or "
                        + "objection, or a Finnish name such as tarkastuspyyntö")
            }
        } else {
            fail(.kind, "is empty; every row needs the request kind")
        }
        let received = date(.received)
        if received == nil && !issues.contains(where: { $0.column == row.header(of: .received) }) {
            fail(.received, "is empty; every row needs the day the request was received")
        }
        if let received, !RequestRules.isGDPRRequest(receivedOn: received) {
            fail(.received, "is before 25 May 2018, when the GDPR began to apply; dsr handles GDPR requests only")
        }
        let name = text(.name, .name)
        if name == nil && !issues.contains(where: { $0.column == row.header(of: .name) }) {
            fail(.name, "is empty; every row needs the data subject's name")
        }
        let email = text(.email, .email)
        if let email, !RegistrationText.isEmailAddress(email) {
            fail(.email, "is not an e-mail address (name@example.fi)")
        }
        let phone = text(.phone, .phone)
        let address = text(.address, .address)
        let note = text(.note, .note)
        let reference = text(.reference, .reference)
        var language = Language.fi
        if let text = value(.language) {
            if let parsed = Self.language(text) { language = parsed } else { fail(.language, "is not fi, sv or en") }
        }
        var channel = Channel.email
        if let text = value(.channel) {
            let parsed: Channel?
            if let known = channels[text] {
                parsed = known
            } else {
                parsed = Self.channel(text)
                if channels.count < 1000 { channels[text] = parsed }
            }
            if let parsed {
                channel = parsed
            } else {
                fail(.channel, "is not a channel; use " + Channel.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        var isDirectMarketing = false
        if let text = value(.directMarketing) {
            if let flag = Self.flag(text) {
                isDirectMarketing = flag
                if flag, let kind, !RequestRules.allowsDirectMarketing(kind) {
                    fail(.directMarketing, "applies only to objections (GDPR Art. 21(2)); leave it empty for this kind")
                }
            } else {
                fail(.directMarketing, "is not yes or no (kyllä/ei, x or empty)")
            }
        }
        var acknowledged = date(.acknowledged)
        let extended = date(.extended)
        let extensionReason = text(.extensionReason)  // as the reason of an extend event
        let paused = date(.paused)
        var pauseEvent: EventID?
        var pausedStateNamed = false
        let closed = date(.closed)
        var outcome: Outcome?
        if let text = value(.outcome) {
            outcome = Self.outcome(text)
            if outcome == nil { fail(.outcome, "is not completed, refused or withdrawn (toteutettu, evätty, peruttu)") }
        }
        let stateText = value(.state)
        var exportedCase: CaseNumber?
        if let text = value(.caseNumber) {
            exportedCase = CaseNumber(text)
            if exportedCase == nil { fail(.caseNumber, "is not a case number (2026-0042); leave it empty") }
        }

        // The columns together.
        var finalState: StateID?
        if let kind, let received {
            let workflow = workflows[kind]
            let acknowledgeEvent = workflow.event(ImportedRequest.acknowledge)
            if let extended {
                if extensionReason == nil {
                    fail(.extensionReason, "is empty; an extension needs its reasons (GDPR Art. 12(3))")
                }
                let lastDay = calculator.deadline(received: received).extensionNoticeBy
                if extended > lastDay {
                    fail(
                        .extended,
                        "is after the first month (last day \(lastDay)); the extension must be taken "
                            + "within one month of receipt (GDPR Art. 12(3))")
                }
                if workflow.event(ImportedRequest.extend) == nil {
                    fail(.extended, "the \(kind.rawValue) workflow has no extension")
                }
            } else if extensionReason != nil {
                fail(.extensionReason, "is given without the day of the extension (column extended)")
            }
            if acknowledged != nil && acknowledgeEvent == nil {
                fail(.acknowledged, "the \(kind.rawValue) workflow has no acknowledgement")
            }
            // Events cannot be dated before earlier ones.
            var latest = (date: received, column: ImportColumn.received)
            for (column, day) in [
                (ImportColumn.acknowledged, acknowledged), (.extended, extended), (.paused, paused),
                (.closed, closed),
            ] {
                guard let day else { continue }
                if day < latest.date {
                    fail(
                        column,
                        "is before \(row.header(of: latest.column)) (\(latest.date)); "
                            + "events must be in the order received, acknowledged, extended, paused, closed")
                } else {
                    latest = (day, column)
                }
            }
            // The state the request ends in.
            if let stateText {
                let requested = Self.state(stateText, in: workflow)
                if let state = workflow.state(requested) {
                    if state.isFinal {
                        finalState = state.id
                        if let outcome, outcome != state.outcome {
                            fail(
                                .outcome,
                                "does not match the state \(state.id) (\(state.outcome?.rawValue ?? "no outcome"))")
                        }
                        if closed == nil {
                            fail(.closed, "is empty; a request in a final state needs the day it was closed")
                        }
                    } else {
                        if closed != nil || outcome != nil {
                            fail(.state, "is an open state, but the row has a closing day or an outcome")
                        }
                        let progressed = acknowledged != nil || extended != nil
                        if requested == workflow.initial {
                            if progressed {
                                fail(
                                    .state,
                                    "is the first state, but the row is acknowledged or extended; "
                                        + "leave the state empty or write \(acknowledgeEvent?.to.rawValue ?? "the next state")"
                                )
                            }
                        } else if requested == acknowledgeEvent?.to {
                            if !progressed { acknowledged = received }
                        } else if let pausing = workflow.events.first(where: {
                            $0.to == requested && $0.clock == .pause
                        }) {
                            // Waiting for the data subject: the pausing event on the day the pause began, from the
                            // state the other columns leave the request in (EDPB Guidelines 01/2022 § 159).
                            pausedStateNamed = true
                            let before =
                                acknowledged != nil || extended != nil
                                ? acknowledgeEvent?.to ?? workflow.initial : workflow.initial
                            if paused == nil {
                                fail(.paused, "is empty; a request in \(requested) needs the day its clock was paused")
                            } else if !pausing.from.contains(before) {
                                fail(.state, "cannot follow \(before) in the \(kind.rawValue) workflow")
                            } else {
                                pauseEvent = pausing.id
                            }
                        } else {
                            fail(
                                .state,
                                "cannot be imported: dsr rebuilds only the states \(workflow.initial), "
                                    + "\(acknowledgeEvent?.to.rawValue ?? "-"), the paused ones and the final ones; import "
                                    + "the request as \(acknowledgeEvent?.to.rawValue ?? "open") and record the later "
                                    + "events with dsr")
                        }
                    }
                } else {
                    fail(
                        .state,
                        "is not a state of the \(kind.rawValue) workflow, whose states are "
                            + workflow.states.map(\.id.rawValue).sorted().joined(separator: ", "))
                }
            } else if let outcome {
                finalState = workflow.states.first(where: { $0.isFinal && $0.outcome == outcome })?.id
                if closed == nil { fail(.closed, "is empty; a request with an outcome needs the day it was closed") }
            } else if closed != nil {
                fail(.outcome, "is empty; a closed request needs its outcome: completed, refused or withdrawn")
            }
            if paused != nil && !pausedStateNamed {
                fail(
                    .paused,
                    "is given, but the state is not one that waits for the data subject "
                        + "(awaiting-identity, awaiting-clarification); leave it empty")
            }
        }

        guard issues.isEmpty, let kind, let received, let name else {
            if issues.isEmpty { fail(nil, "the row cannot be read") }
            return .invalid(issues)
        }
        var draft = RequestDraft(
            kind: kind, subject: DataSubject(name: name, email: email, address: address, phone: phone),
            received: received, channel: channel, language: language,
            isDirectMarketing: isDirectMarketing, note: note, reference: reference)
        do {
            draft = try RequestRules.validated(draft, today: today)
        } catch {
            return .invalid([ImportIssue(line: row.line, column: nil, message: error.errorDescription ?? "invalid row")]
            )
        }
        return .request(
            ImportedRequest(
                line: row.line, draft: draft, acknowledged: acknowledged, extended: extended,
                extensionReason: extensionReason, pauseEvent: pauseEvent,
                paused: pauseEvent == nil ? nil : paused, closed: closed, finalState: finalState,
                exportedCase: exportedCase))
    }

    /// A date in ISO or Finnish form, also with a time of day after it (``CivilDate/init(reading:)``).
    static func date(_ text: String) -> CivilDate? {
        CivilDate(reading: text)
    }

    /// A state by its name in the workflow, or by a Finnish word for it: an outcome (`evätty`) names the final
    /// state with that outcome, `vastaanotettu` the first state and `käsittelyssä` the state after acknowledgement.
    static func state(_ text: String, in workflow: WorkflowDefinition) -> StateID {
        let exact = StateID(text.lowercased())
        if workflow.state(exact) != nil { return exact }
        if let outcome = outcome(text),
            let final = workflow.states.first(where: { $0.isFinal && $0.outcome == outcome })
        {
            return final.id
        }
        switch TextFolding.fold(text) {
        case "vastaanotettu", "saapunut", "uusi", "new", "open": return workflow.initial
        case "kasittelyssa", "kesken", "kuitattu", "acknowledged":
            return workflow.event(ImportedRequest.acknowledge)?.to ?? exact
        default: return exact
        }
    }

    /// A language by code or name (``Language/init(name:)``).
    static func language(_ text: String) -> Language? {
        Language(name: text)
    }

    /// A channel by its code or its name in any language (``Channel/init(name:)``).
    static func channel(_ text: String) -> Channel? {
        Channel(name: text)
    }

    /// An outcome in English or Finnish.
    static func outcome(_ text: String) -> Outcome? {
        if let outcome = Outcome(rawValue: text.lowercased()) { return outcome }
        switch TextFolding.fold(text) {
        case "complete", "toteutettu", "valmis", "hyvaksytty", "myonnetty": return .completed
        case "refuse", "refusal", "evatty", "hylatty", "kieltaydytty": return .refused
        case "withdraw", "peruttu", "peruutettu", "peruutus": return .withdrawn
        default: return nil
        }
    }

    /// A yes or no, as spreadsheets write it.
    static func flag(_ text: String) -> Bool? {
        switch TextFolding.fold(text) {
        case "1", "true", "yes", "y", "kylla", "k", "x", "ja": return true
        case "0", "false", "no", "n", "ei", "e", "nej", "-": return false
        default: return nil
        }
    }

    /// The message of a text rule's failure, without the field's name (the issue names the column).
    static func message(for error: InputError) -> String {
        switch error {
        case .tooLong(_, let limit): "is longer than \(limit) characters; shorten it"
        case .forbiddenCharacters: "contains control characters; remove them (line breaks only in addresses and notes)"
        case .empty: "is empty"
        case .invalidDate, .yearOutOfRange, .receivedInFuture, .receivedBeforeGDPR, .unknownValue,
            .directMarketingNotObjection,
            .invalidIdentityCode, .tooShort, .tooManyBytes:
            error.errorDescription ?? "is invalid"
        }
    }
}
