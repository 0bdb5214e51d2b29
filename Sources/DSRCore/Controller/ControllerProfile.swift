/// Who the controller is and what its privacy notice says, as letters need it.
///
/// Set with `dsr controller set` or imported from the privacy notice (`dsr notice import`); each change is a new
/// version. Fields the source does not give stay `nil` and are reported as missing, never invented.
public struct ControllerProfile: Sendable, Codable, Equatable {
    /// The controller's name (*rekisterinpitäjä*).
    public var name: String?
    /// The business ID (*Y-tunnus*), for example `2747637-5`.
    public var businessID: String?
    /// The postal address (may span lines).
    public var address: String?
    /// The telephone number.
    public var phone: String?
    /// The e-mail address for data-protection matters.
    public var email: String?
    /// The contact person for the register, who signs letters.
    public var contactPerson: String?
    /// The contact person's details (telephone, e-mail) as written.
    public var contactDetails: String?
    /// The data protection officer, if named.
    public var dataProtectionOfficer: String?
    /// The register's name (*rekisterin nimi*).
    public var registerName: String?
    /// The date of the privacy notice, as written.
    public var noticeDate: String?
    /// The purposes of processing.
    public var purposes: String?
    /// The legal basis of processing.
    public var legalBasis: String?
    /// The categories and content of the data, one item each.
    public var dataCategories: [String]?
    /// The regular sources of the data.
    public var sources: String?
    /// The regular recipients (disclosures).
    public var recipients: String?
    /// Transfers outside the EU/EEA and their safeguards.
    public var transfers: String?
    /// The retention period.
    public var retention: String?
    /// Automated decision-making and profiling, if described.
    public var automatedDecisions: String?
    /// The supervisory authority's details as the notice quotes them.
    public var authorityAsQuoted: String?
    /// The language of the privacy notice, and so of `purposes` and `dataCategories`; `nil` is read as Finnish.
    public var noticeLanguage: Language?
    /// The purposes of processing in Swedish, for Swedish letters.
    public var purposesSv: String?
    /// The purposes of processing in English, for English letters.
    public var purposesEn: String?
    /// The categories of data in Swedish, one item each, for Swedish letters.
    public var dataCategoriesSv: [String]?
    /// The categories of data in English, one item each, for English letters.
    public var dataCategoriesEn: [String]?
    /// The title of the contact person who signs letters (*tietosuojavastaava*, *Data Protection Officer*).
    public var signerTitle: String?
    /// Working days before the legal deadline that the controller aims to answer by (its internal target).
    public var internalTargetWorkingDays: Int?

    /// Creates a profile; every field is optional.
    public init(
        name: String? = nil, businessID: String? = nil, address: String? = nil, phone: String? = nil,
        email: String? = nil, contactPerson: String? = nil, contactDetails: String? = nil
    ) {
        self.name = name
        self.businessID = businessID
        self.address = address
        self.phone = phone
        self.email = email
        self.contactPerson = contactPerson
        self.contactDetails = contactDetails
    }
}
