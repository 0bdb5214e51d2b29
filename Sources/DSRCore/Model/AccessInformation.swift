import Foundation

/// The GDPR Art. 15(1)–(2) information as it applies to one person, recorded on the case (`case set`), which the
/// access response prints in place of the controller's general notice text.
///
/// Art. 15(1) asks for the information *as it applies to the data subject*: their data categories, the purposes,
/// the recipients of *their* data by name where known (CJEU C-154/21 *Österreichische Post*: categories only where the
/// recipients cannot be identified), the retention for their data, the source where the data were not collected
/// from them, automated decision-making, and the Art. 46 safeguards of transfers (Art. 15(2)); legal-facts § 2.1 and
/// § 2.9. A field left empty falls back on the controller profile (the imported privacy notice) where the profile has
/// the matter (``merged(with:)``).
///
/// The values are free text and count as personal data (they describe one person's data and may name people): the
/// chain keeps them beside it and a purge removes them (``PersonalData``).
public struct AccessInformation: Sendable, Codable, Equatable {
    /// The categories of the person's data (Art. 15(1)(b)), one per line.
    public var categories: String?
    /// The purposes for which their data are processed (Art. 15(1)(a)).
    public var purposes: String?
    /// The recipients to whom their data were or will be disclosed, by name where known (Art. 15(1)(c)), or
    /// ``noneValue``.
    public var recipients: String?
    /// How long their data are kept, or the criteria (Art. 15(1)(d)).
    public var retention: String?
    /// Where their data came from, when not from them (Art. 15(1)(g)).
    public var source: String?
    /// The automated decision-making about them, with the logic and consequences (Art. 15(1)(h)), or ``noneValue``.
    public var automatedDecisions: String?
    /// Transfers of their data outside the EU/EEA with the Art. 46 safeguards (Art. 15(2)), or ``noneValue``.
    public var transfers: String?
    /// The names of the enclosures that carry the copy of their data (Art. 15(3)); `nil` or empty if none is
    /// enclosed with the letter.
    public var copies: [String]?

    /// The value that records that there is nothing to tell: no recipients, no automated decision-making, no
    /// transfers.
    public static let noneValue = "none"

    /// Creates the information.
    public init(
        categories: String? = nil, purposes: String? = nil, recipients: String? = nil, retention: String? = nil,
        source: String? = nil, automatedDecisions: String? = nil, transfers: String? = nil, copies: [String]? = nil
    ) {
        self.categories = categories
        self.purposes = purposes
        self.recipients = recipients
        self.retention = retention
        self.source = source
        self.automatedDecisions = automatedDecisions
        self.transfers = transfers
        self.copies = copies
    }

    /// Whether nothing is recorded.
    public var isEmpty: Bool { self == AccessInformation() }

    /// Whether a value records that there is nothing to tell (``noneValue``, in any case).
    public static func isNone(_ value: String?) -> Bool {
        value?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == noneValue
    }

    /// The information with each empty field taken from the controller profile, where the profile has the matter:
    /// categories, purposes, recipients (the notice names categories of recipients), retention, sources, automated
    /// decision-making and transfers. What the case records always wins.
    public func merged(with profile: ControllerProfile?) -> AccessInformation {
        guard let profile else { return self }
        func pick(_ own: String?, _ general: String?) -> String? {
            Self.present(own) ?? Self.present(general)
        }
        let listed = (profile.dataCategories ?? []).compactMap(Self.present)
        return AccessInformation(
            categories: pick(categories, listed.isEmpty ? nil : listed.joined(separator: "\n")),
            purposes: pick(purposes, profile.purposes), recipients: pick(recipients, profile.recipients),
            retention: pick(retention, profile.retention), source: pick(source, profile.sources),
            automatedDecisions: pick(automatedDecisions, profile.automatedDecisions),
            transfers: pick(transfers, profile.transfers), copies: copies)
    }

    /// The parts an access response cannot go without that are empty, in Art. 15(1) order: purposes (a),
    /// categories (b), recipients (c), retention (d) and whether there is automated decision-making (h).
    ///
    /// The source (g) is owed only where the data were not collected from the person, and transfer safeguards
    /// (Art. 15(2)) only where there are transfers, so neither is required; the rights (e) and the complaint (f) are
    /// fixed text of the letter. The copy (Art. 15(3)) may be delivered apart from the letter (for example as a
    /// download), so it is listed when recorded and not required.
    public var missingRequiredParts: [AccessPart] {
        var missing: [AccessPart] = []
        if Self.present(purposes) == nil { missing.append(.purposes) }
        if Self.present(categories) == nil { missing.append(.categories) }
        if Self.present(recipients) == nil { missing.append(.recipients) }
        if Self.present(retention) == nil { missing.append(.retention) }
        if Self.present(automatedDecisions) == nil { missing.append(.automatedDecisions) }
        return missing
    }

    /// The information with every value replaced by `marker` (``PersonalData``).
    public func replacingPersonalData(with marker: String) -> AccessInformation {
        AccessInformation(
            categories: PersonalData.replacing(categories, with: marker),
            purposes: PersonalData.replacing(purposes, with: marker),
            recipients: PersonalData.replacing(recipients, with: marker),
            retention: PersonalData.replacing(retention, with: marker),
            source: PersonalData.replacing(source, with: marker),
            automatedDecisions: PersonalData.replacing(automatedDecisions, with: marker),
            transfers: PersonalData.replacing(transfers, with: marker),
            copies: copies?.map { PersonalData.replacing($0, with: marker) ?? "" })
    }

    /// The text, or `nil` if it is missing or blank.
    static func present(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}

extension AccessInformation: CanonicalJSONWritable {
    /// Writes the members in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("automatedDecisions", automatedDecisions)
        writer.member("categories", categories)
        writer.member("copies", copies)
        writer.member("purposes", purposes)
        writer.member("recipients", recipients)
        writer.member("retention", retention)
        writer.member("source", source)
        writer.member("transfers", transfers)
        writer.endObject()
    }
}

extension AccessInformation {
    /// The value of a case field that is part of the information (``CaseField/isAccessInformation``); `nil` for
    /// any other field.
    public subscript(field: CaseField) -> String? {
        get {
            switch field {
            case .categories: categories
            case .purposes: purposes
            case .recipients: recipients
            case .retention: retention
            case .source: source
            case .automatedDecisions: automatedDecisions
            case .transfers: transfers
            case .name, .email, .address, .phone, .language, .reference, .channel, .received, .assignee: nil
            }
        }
        set {
            switch field {
            case .categories: categories = newValue
            case .purposes: purposes = newValue
            case .recipients: recipients = newValue
            case .retention: retention = newValue
            case .source: source = newValue
            case .automatedDecisions: automatedDecisions = newValue
            case .transfers: transfers = newValue
            case .name, .email, .address, .phone, .language, .reference, .channel, .received, .assignee: break
            }
        }
    }
}
