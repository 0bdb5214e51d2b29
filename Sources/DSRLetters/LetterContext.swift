import DSRCore
import Foundation

/// Everything a letter template can print, prepared from the request, the controller profile and the authority data.
///
/// Templates read it through swift-mustache's reflection, so the property names are the template's vocabulary
/// (`{{caseNumber}}`, `{{controller.name}}`, `{{#refusal.grounds}}`). Missing optional values are `nil`, which a
/// `{{#section}}` skips; blank strings are turned into `nil` so that they are skipped too.
struct LetterContext {
    /// The letter's date, `D.M.YYYY`.
    var date: String
    /// The case number, `2026-0042`.
    var caseNumber: String
    /// The letter's language code (`fi`, `sv`, `en`), for the HTML `lang` attribute.
    var language: String
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
        /// The data protection officer, if named.
        var dataProtectionOfficer: String?
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
        /// The day the request was received, `D.M.YYYY`.
        var received: String
        /// The current statutory deadline, `D.M.YYYY`.
        var deadline: String
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
}

extension LetterContext {
    /// Prepares the fields every letter uses.
    /// - Throws: ``LetterError/controllerMissing(_:)`` if there is no controller profile.
    init(record: RequestRecord, controller profile: ControllerProfile?, language: Language, date: CivilDate,
         authority: SupervisoryAuthority.Contact) throws(LetterError) {
        guard let profile else { throw .controllerMissing(record.caseNumber) }
        let controller = ControllerFields(
            name: Self.present(profile.name), businessID: Self.present(profile.businessID),
            address: Self.present(profile.address), email: Self.present(profile.email),
            phone: Self.present(profile.phone), contactPerson: Self.present(profile.contactPerson),
            contactDetails: Self.present(profile.contactDetails),
            dataProtectionOfficer: Self.present(profile.dataProtectionOfficer), hasLetterhead: false)
        let address = Self.present(record.subject.address)
        self.init(
            date: date.finnish,
            caseNumber: record.caseNumber.description,
            language: language.rawValue,
            controller: controller,
            subject: SubjectFields(name: record.subject.name, address: address,
                                   email: address == nil ? Self.present(record.subject.email) : nil),
            request: RequestFields(kindName: record.kind.names[language], rightName: record.kind.rightNames[language],
                                   received: record.received.finnish, deadline: record.deadline.finnish),
            authority: authority,
            refusal: nil)
        self.controller.hasLetterhead = [controller.name, controller.address, controller.businessID, controller.email,
                                         controller.phone].contains { $0 != nil }
    }

    /// The text, or `nil` if it is missing or blank.
    static func present(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
