import DSRCore
import Foundation

/// Everything a letter template can print, prepared from the request, the controller profile and the authority data.
///
/// Templates read it through swift-mustache's reflection, so the property names are the templates' vocabulary
/// (`{{caseNumber}}`, `{{controller.name}}`, `{{#refusal.grounds}}`). Missing optional values are `nil`, which a
/// `{{#section}}` skips; blank strings are turned into `nil` so that they are skipped too. Names must not repeat
/// across nesting levels: a missing value is looked up in the enclosing objects.
struct LetterContext {
    /// The letter's type.
    var letterType: LetterType
    /// The letter's language.
    var letterLanguage: Language
    /// The letter's date as a date.
    var civilDate: CivilDate
    /// The letter's date in its language's form (`8.5.2026`, `8 May 2026`).
    var date: String
    /// The case number, `2026-0042`.
    var caseNumber: String
    /// The case number as a value, for error messages.
    var caseNumberValue: CaseNumber
    /// The letter's language code (`fi`, `sv`, `en`), for the HTML `lang` attribute.
    var language: String
    /// The letter's title in its language.
    var title: String
    /// The names of the templates that make up the letter.
    var parts: Parts
    /// The controller, who writes and signs.
    var controller: ControllerFields
    /// The data subject, to whom the letter is addressed.
    var subject: SubjectFields
    /// The request the letter answers.
    var request: RequestFields
    /// The supervisory authority in the letter's language.
    var authority: SupervisoryAuthority.Contact
    /// The refusal, for the refusal certificate.
    var refusal: RefusalFields?
    /// The extension, for the extension notice.
    var extensionNotice: ExtensionFields?
    /// The open pause, for the identity and clarification requests.
    var pause: PauseFields?
    /// What was done, for the completion notices.
    var completion: CompletionFields?
    /// The Art. 15(1) information, for the access response.
    var access: AccessFields?
    /// The withdrawal, for its confirmation.
    var withdrawal: WithdrawalFields?
    /// The time limit, for the acknowledgement.
    var acknowledgement: AcknowledgementFields?
    /// The handler's own paragraphs and enclosures, printed after the body.
    var tailoring: TailoringFields?
    /// Who signs instead of the profile's contact person; `nil` to sign as the profile says.
    var signer: SignerFields?
    /// The letter number and fingerprint of an issued letter, which its footer prints; `nil` for a draft.
    var issue: IssueFields?

    /// The templates of a letter: the body of its type.
    struct Parts {
        /// The plain-text body, for example `refusal.fi`.
        var body: String
    }

    /// What the footer of an issued letter prints besides the case number.
    struct IssueFields {
        /// The letter number, `2026-0042/L3`.
        var letterNumber: String
        /// The short fingerprint of the letter's text, `3f9a 61c2 7b0e 44d1`.
        var fingerprint: String
    }

    /// The controller's details as the letterhead and signature print them.
    struct ControllerFields {
        /// The controller's name.
        var name: String?
        /// The business ID (*Y-tunnus*).
        var businessID: String?
        /// The postal address, possibly on several lines.
        var address: String?
        /// The e-mail address for data-protection matters.
        var email: String?
        /// The telephone number.
        var phone: String?
        /// The contact person, who signs.
        var contactPerson: String?
        /// The contact person's details as written.
        var contactDetails: String?
        /// Whether the letterhead has anything to print.
        var hasLetterhead: Bool
    }

    /// The data subject's name and where the letter goes.
    struct SubjectFields {
        /// The name.
        var name: String
        /// The postal address, possibly on several lines.
        var address: String?
        /// The e-mail address, printed only when there is no postal address.
        var email: String?
    }

    /// The request's kind, right and dates.
    struct RequestFields {
        /// The request's name in the letter's language, for example *tarkastuspyyntö*.
        var kindName: String
        /// The right exercised, with its article.
        var rightName: String
        /// The day the request was received, in the letter's date form.
        var received: String
        /// The current statutory deadline, in the letter's date form.
        var deadline: String
        /// Whether the request is an access request (Art. 15).
        var isAccess: Bool
        /// Whether the request objects to direct marketing (Art. 21(2)).
        var isDirectMarketing: Bool
    }

    /// A refusal as the certificate states it.
    struct RefusalFields {
        /// Whether part of the request was granted.
        var isPartial: Bool
        /// What was granted, for a partial refusal.
        var granted: String?
        /// The grounds, numbered from 1.
        var grounds: [GroundFields]
        /// The controller's reasons; `nil` when they are withheld.
        var reason: String?
        /// Whether the reasons are withheld under Tietosuojalaki § 34(3).
        var reasonsWithheld: Bool
        /// Whether a ground is a Tietosuojalaki § 34 restriction, which opens the § 34(4) route to the Ombudsman.
        var isAccessRestriction: Bool
    }

    /// One refusal ground with its legal reference.
    struct GroundFields {
        /// The ground's number in the letter, from 1.
        var number: Int
        /// The ground's title.
        var title: String
        /// The legal reference.
        var reference: String
        /// What the ground means.
        var explanation: String
    }

    /// The extension as its notice states it.
    struct ExtensionFields {
        /// Why the extension is needed.
        var reasons: String
        /// The deadline before the extension, in the letter's date form.
        var originalDeadline: String
    }

    /// The pause of the clock while the controller waits for the data subject.
    struct PauseFields {
        /// The day the pause began, in the letter's date form.
        var since: String
        /// What the letter asks for, one item each (`--asked`).
        var asked: [String]
        /// Whether the letter lists what it asks for.
        var hasAsked: Bool
    }

    /// The time limit an acknowledgement states (GDPR Art. 12(3); legal-facts §§ 2.9, 5.3).
    struct AcknowledgementFields {
        /// The legal deadline as dsr computes it (rolled past weekends and holidays, the eves included).
        var legalDeadline: String
        /// The day the letter promises to answer by: the legal deadline, or the eve where it rolled past one.
        var answerBy: String
        /// The eve the last day falls on, if it does.
        var eve: EveFields?
        /// The controller's internal target, if the profile sets one and it falls before `answerBy`.
        var target: String?
    }

    /// The handler's additions to a letter (``LetterTailoring``).
    struct TailoringFields {
        /// The handler's paragraphs.
        var paragraphs: [String]
        /// The enclosures, numbered.
        var enclosures: [EnclosureFields]
        /// Whether there are enclosures to list.
        var hasEnclosures: Bool
    }

    /// One enclosure in the list.
    struct EnclosureFields {
        /// The enclosure's number in the list.
        var number: Int
        /// The enclosure's name.
        var enclosureName: String
        /// Whether it is the copy of the data an access response encloses (GDPR Art. 15(3)).
        var isCopy = false
        /// Whether it is the copy of the data for the granted part of a partly refused access request.
        var isCopyOfGrantedPart = false
    }

    /// The person who signs.
    struct SignerFields {
        /// The signer's name.
        var signerName: String
        /// The signer's title, if given.
        var signerTitle: String?
    }

    /// Midsummer Eve or Christmas Eve as the acknowledgement names it.
    struct EveFields {
        /// The eve's date in the letter's date form.
        var day: String
        /// The eve's name in the letter's language, `jouluaatto`.
        var holiday: String
    }

    /// The withdrawal of a request as its confirmation states it.
    struct WithdrawalFields {
        /// The day the request was withdrawn, in the letter's date form.
        var on: String
    }

    /// What was done to grant the request.
    struct CompletionFields {
        /// What was done, as recorded.
        var details: String?
        /// The recipients told under Art. 19.
        var recipients: [String]
        /// Whether any recipient was told.
        var hasRecipients: Bool
        /// When the restriction ends (Art. 18).
        var endCondition: String?
        /// The day from which the restriction ends, in the letter's date form (Art. 18(3)).
        var liftsOn: String?
        /// Why the restriction is lifted (Art. 18(3)).
        var liftReason: String?
    }

    /// The Art. 15(1)–(2) information as it applies to the person: what the case records, and what the controller
    /// profile says where the case records nothing.
    struct AccessFields {
        /// The register's name.
        var registerName: String?
        /// The purposes of processing (Art. 15(1)(a)).
        var purposes: String
        /// The legal basis of processing.
        var legalBasis: String?
        /// The categories of data, one item each (Art. 15(1)(b)).
        var dataCategories: [String]
        /// The recipients (Art. 15(1)(c)); `nil` when there are none.
        var recipientList: String?
        /// Whether the data were disclosed to no one.
        var noRecipients: Bool
        /// The retention period (Art. 15(1)(d)).
        var retention: String
        /// The sources of the data (Art. 15(1)(g)).
        var sources: String?
        /// Automated decision-making and profiling (Art. 15(1)(h)); `nil` when there is none.
        var automatedDecisions: String?
        /// Whether there is no automated decision-making.
        var noAutomatedDecisions: Bool
        /// Transfers outside the EU/EEA and their safeguards (Art. 15(2)); `nil` when none are recorded.
        var transfers: String?
        /// Whether the data are not transferred outside the EU/EEA.
        var noTransfers: Bool
        /// The data protection officer.
        var dataProtectionOfficer: String?
        /// The enclosures that carry the copy of the data (Art. 15(3)), numbered from 1: the letter's own enclosures,
        /// which the handler's further enclosures (``TailoringFields``) continue.
        var copies: [EnclosureFields]
        /// Whether a copy is enclosed.
        var hasCopies: Bool
    }
}

extension LetterContext {
    /// Prepares the fields every letter uses.
    /// - Throws: ``LetterError/controllerMissing(_:)`` if there is no controller profile.
    init(
        _ type: LetterType, record: RequestRecord, controller profile: ControllerProfile?, language: Language,
        date: CivilDate, authority: SupervisoryAuthority.Contact
    ) throws(LetterError) {
        guard let profile else { throw .controllerMissing(record.caseNumber) }
        var controller = ControllerFields(
            name: Self.present(profile.name), businessID: Self.present(profile.businessID),
            address: Self.present(profile.address), email: Self.present(profile.email),
            phone: Self.present(profile.phone), contactPerson: Self.present(profile.contactPerson),
            contactDetails: Self.present(profile.contactDetails), hasLetterhead: false)
        controller.hasLetterhead = [
            controller.name, controller.address, controller.businessID, controller.email,
            controller.phone,
        ].contains { $0 != nil }
        let address = Self.present(record.subject.address)
        let code = language.rawValue
        let body = "\(type.rawValue).\(code)"
        self.init(
            letterType: type,
            letterLanguage: language,
            civilDate: date,
            date: date.letterText(language),
            caseNumber: record.caseNumber.description,
            caseNumberValue: record.caseNumber,
            language: code,
            title: type.titles[language],
            parts: Parts(body: body),
            controller: controller,
            subject: SubjectFields(
                name: record.subject.name, address: address,
                email: address == nil ? Self.present(record.subject.email) : nil),
            request: RequestFields(
                kindName: record.kind.names[language], rightName: record.kind.rightNames[language],
                received: record.received.letterText(language),
                deadline: record.deadline.letterText(language),
                isAccess: record.kind == .access, isDirectMarketing: record.isDirectMarketing),
            authority: authority)
    }

    /// The text, or `nil` if it is missing or blank.
    static func present(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
