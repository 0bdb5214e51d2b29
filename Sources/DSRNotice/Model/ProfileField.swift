import DSRCore

/// A field of ``DSRCore/ControllerProfile`` that a privacy notice can supply.
///
/// One case per profile field, except `internalTargetWorkingDays`, which is the controller's own setting and never
/// appears in a notice.
public enum ProfileField: String, Sendable, Codable, CaseIterable, Hashable {
    /// The controller's name.
    case name
    /// The business ID (*Y-tunnus*).
    case businessID
    /// The street or postal address.
    case address
    /// The telephone number.
    case phone
    /// The e-mail address.
    case email
    /// The contact person for the register.
    case contactPerson
    /// The contact person's details as written.
    case contactDetails
    /// The data protection officer.
    case dataProtectionOfficer
    /// The register's name.
    case registerName
    /// The date of the notice as written.
    case noticeDate
    /// The purposes of processing.
    case purposes
    /// The legal basis of processing.
    case legalBasis
    /// The data categories and content, as a list.
    case dataCategories
    /// The regular sources of the data.
    case sources
    /// The regular recipients.
    case recipients
    /// Transfers outside the EU/EEA.
    case transfers
    /// The retention period.
    case retention
    /// Automated decision-making and profiling.
    case automatedDecisions
    /// The supervisory authority's details as the notice quotes them.
    case authorityAsQuoted
}

extension ProfileField {
    /// The field's value in a profile, as text (list items on separate lines), or `nil` when not set.
    ///
    /// - Parameter profile: The profile to read.
    /// - Returns: The value, or `nil`.
    public func value(in profile: ControllerProfile) -> String? {
        switch self {
        case .name: profile.name
        case .businessID: profile.businessID
        case .address: profile.address
        case .phone: profile.phone
        case .email: profile.email
        case .contactPerson: profile.contactPerson
        case .contactDetails: profile.contactDetails
        case .dataProtectionOfficer: profile.dataProtectionOfficer
        case .registerName: profile.registerName
        case .noticeDate: profile.noticeDate
        case .purposes: profile.purposes
        case .legalBasis: profile.legalBasis
        case .dataCategories: profile.dataCategories.map { $0.joined(separator: "\n") }
        case .sources: profile.sources
        case .recipients: profile.recipients
        case .transfers: profile.transfers
        case .retention: profile.retention
        case .automatedDecisions: profile.automatedDecisions
        case .authorityAsQuoted: profile.authorityAsQuoted
        }
    }

    /// Sets a text field in a profile; for ``dataCategories`` the text is split into one item per line.
    ///
    /// - Parameters:
    ///   - value: The value, or `nil` to clear.
    ///   - profile: The profile to change.
    func set(_ value: String?, in profile: inout ControllerProfile) {
        switch self {
        case .name: profile.name = value
        case .businessID: profile.businessID = value
        case .address: profile.address = value
        case .phone: profile.phone = value
        case .email: profile.email = value
        case .contactPerson: profile.contactPerson = value
        case .contactDetails: profile.contactDetails = value
        case .dataProtectionOfficer: profile.dataProtectionOfficer = value
        case .registerName: profile.registerName = value
        case .noticeDate: profile.noticeDate = value
        case .purposes: profile.purposes = value
        case .legalBasis: profile.legalBasis = value
        case .dataCategories:
            profile.dataCategories = value.map {
                $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        case .sources: profile.sources = value
        case .recipients: profile.recipients = value
        case .transfers: profile.transfers = value
        case .retention: profile.retention = value
        case .automatedDecisions: profile.automatedDecisions = value
        case .authorityAsQuoted: profile.authorityAsQuoted = value
        }
    }

    /// The field's name for reports.
    public var label: LocalizedText {
        switch self {
        case .name: LocalizedText(fi: "Rekisterinpitäjä", sv: "Personuppgiftsansvarig", en: "Controller")
        case .businessID: LocalizedText(fi: "Y-tunnus", sv: "FO-nummer", en: "Business ID")
        case .address: LocalizedText(fi: "Osoite", sv: "Adress", en: "Address")
        case .phone: LocalizedText(fi: "Puhelin", sv: "Telefon", en: "Phone")
        case .email: LocalizedText(fi: "Sähköposti", sv: "E-post", en: "E-mail")
        case .contactPerson: LocalizedText(fi: "Yhteyshenkilö", sv: "Kontaktperson", en: "Contact person")
        case .contactDetails:
            LocalizedText(fi: "Yhteyshenkilön tiedot", sv: "Kontaktpersonens uppgifter", en: "Contact details")
        case .dataProtectionOfficer:
            LocalizedText(fi: "Tietosuojavastaava", sv: "Dataskyddsombud", en: "Data protection officer")
        case .registerName: LocalizedText(fi: "Rekisterin nimi", sv: "Registrets namn", en: "Register name")
        case .noticeDate: LocalizedText(fi: "Selosteen päiväys", sv: "Beskrivningens datum", en: "Date of notice")
        case .purposes: LocalizedText(fi: "Käsittelyn tarkoitukset", sv: "Ändamål", en: "Purposes")
        case .legalBasis: LocalizedText(fi: "Oikeusperuste", sv: "Rättslig grund", en: "Legal basis")
        case .dataCategories:
            LocalizedText(fi: "Tietoryhmät ja tietosisältö", sv: "Uppgiftskategorier", en: "Data categories")
        case .sources: LocalizedText(fi: "Tietolähteet", sv: "Uppgiftskällor", en: "Sources")
        case .recipients: LocalizedText(fi: "Vastaanottajat", sv: "Mottagare", en: "Recipients")
        case .transfers:
            LocalizedText(
                fi: "Siirrot EU:n/ETA:n ulkopuolelle", sv: "Överföringar utanför EU/EES",
                en: "Transfers outside the EU/EEA")
        case .retention: LocalizedText(fi: "Säilytysaika", sv: "Lagringstid", en: "Retention period")
        case .automatedDecisions:
            LocalizedText(
                fi: "Automaattinen päätöksenteko", sv: "Automatiserat beslutsfattande",
                en: "Automated decision-making")
        case .authorityAsQuoted:
            LocalizedText(
                fi: "Valvontaviranomainen (selosteessa)", sv: "Tillsynsmyndighet (i beskrivningen)",
                en: "Supervisory authority (as quoted)")
        }
    }
}
