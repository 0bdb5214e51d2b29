import Foundation

/// The Finnish supervisory authority, the Data Protection Ombudsman (*tietosuojavaltuutettu*), with its contact details
/// in each language as letters and privacy notices must give them.
///
/// Source: legal-facts § 4.1 (tietosuoja.fi contact pages) and Tietosuojalaki 1050/2018 §§ 8–9 (the Ombudsman is the
/// national supervisory authority). The details live in one curated file, `Sources/DSRCore/Data/authority.json`,
/// compiled into dsr with the date they were last checked; update that file, never a template.
public struct SupervisoryAuthority: Sendable, Codable, Equatable {
    /// The day the details were last checked against the authority's own pages.
    public var checkedOn: CivilDate
    /// Where the details come from and how to re-check them.
    public var source: String
    /// The details in Finnish.
    public var fi: Contact
    /// The details in Swedish.
    public var sv: Contact
    /// The details in English.
    public var en: Contact

    /// The authority's name and contact details in one language.
    public struct Contact: Sendable, Codable, Equatable {
        /// The office's name, for example *Tietosuojavaltuutetun toimisto*.
        public var name: String
        /// The visiting address on one line.
        public var visitingAddress: String
        /// The postal address on one line.
        public var postalAddress: String
        /// The switchboard's telephone number.
        public var phone: String
        /// The registry's (*kirjaamo*) telephone number.
        public var registryPhone: String
        /// The registry's e-mail address.
        public var email: String
        /// The website in this language.
        public var website: String
        /// The name of the authority's e-form for complaints in this language.
        public var complaintForm: String

        /// Creates contact details.
        public init(
            name: String, visitingAddress: String, postalAddress: String, phone: String, registryPhone: String,
            email: String, website: String, complaintForm: String
        ) {
            self.name = name
            self.visitingAddress = visitingAddress
            self.postalAddress = postalAddress
            self.phone = phone
            self.registryPhone = registryPhone
            self.email = email
            self.website = website
            self.complaintForm = complaintForm
        }
    }

    /// Creates the authority's record.
    public init(checkedOn: CivilDate, source: String, fi: Contact, sv: Contact, en: Contact) {
        self.checkedOn = checkedOn
        self.source = source
        self.fi = fi
        self.sv = sv
        self.en = en
    }

    /// Returns the details in the given language.
    public subscript(language: Language) -> Contact {
        switch language {
        case .fi: fi
        case .sv: sv
        case .en: en
        }
    }

    private enum CodingKeys: String, CodingKey {
        case checkedOn, source, fi, sv, en
    }

    /// Decodes the authority from JSON whose `checkedOn` is an ISO date (`2026-11-21`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let checked = try container.decode(String.self, forKey: .checkedOn)
        guard let date = CivilDate(parsing: checked) else {
            throw DecodingError.dataCorruptedError(
                forKey: .checkedOn, in: container,
                debugDescription: "'\(checked)' is not a date (YYYY-MM-DD)")
        }
        checkedOn = date
        source = try container.decode(String.self, forKey: .source)
        fi = try container.decode(Contact.self, forKey: .fi)
        sv = try container.decode(Contact.self, forKey: .sv)
        en = try container.decode(Contact.self, forKey: .en)
    }

    /// Encodes the authority with `checkedOn` as an ISO date.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checkedOn.description, forKey: .checkedOn)
        try container.encode(source, forKey: .source)
        try container.encode(fi, forKey: .fi)
        try container.encode(sv, forKey: .sv)
        try container.encode(en, forKey: .en)
    }
}

extension SupervisoryAuthority {
    /// The name of the curated data file, relative to `Sources/DSRCore/Data`.
    public static let dataFile = "authority.json"

    /// Reads the authority's details compiled into dsr from `Sources/DSRCore/Data/authority.json`.
    /// - Returns: The curated details.
    /// - Throws: ``SupervisoryAuthorityError`` if the file is missing or malformed (a build defect).
    public static func builtIn() throws(SupervisoryAuthorityError) -> SupervisoryAuthority {
        guard let text = EmbeddedResources.files[dataFile] else { throw .missing(file: dataFile) }
        return try parse(json: text)
    }

    /// Parses the authority's details from the JSON text of a data file.
    /// - Parameter json: The file's text.
    /// - Returns: The details.
    /// - Throws: ``SupervisoryAuthorityError/malformed(file:detail:)`` if a field is missing, empty or not a date.
    public static func parse(json: String) throws(SupervisoryAuthorityError) -> SupervisoryAuthority {
        let authority: SupervisoryAuthority
        do {
            authority = try JSONDecoder().decode(SupervisoryAuthority.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            throw .malformed(file: dataFile, detail: describe(error))
        } catch {
            throw .malformed(file: dataFile, detail: "not valid JSON")
        }
        for language in Language.allCases {
            let contact = authority[language]
            let fields = [
                contact.name, contact.visitingAddress, contact.postalAddress, contact.phone,
                contact.registryPhone, contact.email, contact.website, contact.complaintForm,
            ]
            if fields.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw .malformed(file: dataFile, detail: "a field of '\(language.rawValue)' is empty")
            }
        }
        return authority
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing field '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        @unknown default:
            return "not valid JSON"
        }
    }
}
