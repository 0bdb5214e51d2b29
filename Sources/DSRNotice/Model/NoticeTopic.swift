/// What a section of a privacy notice is about, recognised from its heading.
public enum NoticeTopic: String, Sendable, Codable, CaseIterable, Hashable {
    /// Text before the first heading.
    case preamble
    /// The notice's own title ("Tietosuojaseloste").
    case title
    /// The controller (*rekisterinpitäjä*, *personuppgiftsansvarig*, *controller*).
    case controller
    /// The contact person for the register.
    case contactPerson
    /// The data protection officer (*tietosuojavastaava*).
    case dataProtectionOfficer
    /// The register's name.
    case registerName
    /// The date the notice was drawn up or updated.
    case noticeDate
    /// The purposes of processing.
    case purposes
    /// The legal basis of processing.
    case legalBasis
    /// The legitimate interests pursued (GDPR Art. 6(1)(f)).
    case legitimateInterest
    /// Consent and its withdrawal.
    case consent
    /// The categories or content of the data.
    case dataCategories
    /// The groups of data subjects.
    case dataSubjects
    /// The regular sources of the data.
    case sources
    /// The recipients and regular disclosures.
    case recipients
    /// Transfers outside the EU/EEA.
    case transfers
    /// The retention period.
    case retention
    /// Automated decision-making and profiling.
    case automatedDecisions
    /// Security measures.
    case security
    /// Cookies.
    case cookies
    /// The right of access (Art. 15).
    case rightOfAccess
    /// The right to rectification (Art. 16).
    case rightToRectification
    /// The right to erasure (Art. 17).
    case rightToErasure
    /// The right to restriction of processing (Art. 18).
    case rightToRestriction
    /// The right to data portability (Art. 20).
    case rightToPortability
    /// The right to object (Art. 21).
    case rightToObject
    /// The right to lodge a complaint with the supervisory authority (Art. 77).
    case complaint
    /// The data subject's rights in general.
    case rights
    /// A heading dsr does not use.
    case other
}
