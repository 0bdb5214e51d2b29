import Foundation

/// Field changes to a controller profile (from `dsr controller set`), validated before they are applied.
public struct ControllerProfileChanges: Sendable {
    /// The new name, if given.
    public var name: String?
    /// The new business ID, if given.
    public var businessID: String?
    /// The new postal address, if given.
    public var address: String?
    /// The new e-mail address, if given.
    public var email: String?
    /// The new telephone number, if given.
    public var phone: String?
    /// The new contact person, if given.
    public var contactPerson: String?
    /// The new contact details, if given.
    public var contactDetails: String?
    /// The new register name, if given.
    public var registerName: String?
    /// The new internal target in working days, if given.
    public var internalTargetWorkingDays: Int?
    /// The new title of the contact person who signs, if given.
    public var signerTitle: String?
    /// The new language of the privacy notice, if given.
    public var noticeLanguage: Language?
    /// The purposes in Swedish or English, if given.
    public var purposesInLanguage: [Language: String] = [:]
    /// The data categories in Swedish or English, if given (one item each).
    public var dataCategoriesInLanguage: [Language: [String]] = [:]

    /// Creates a set of changes.
    public init(
        name: String? = nil, businessID: String? = nil, address: String? = nil, email: String? = nil,
        phone: String? = nil, contactPerson: String? = nil, contactDetails: String? = nil,
        registerName: String? = nil, internalTargetWorkingDays: Int? = nil
    ) {
        self.name = name
        self.businessID = businessID
        self.address = address
        self.email = email
        self.phone = phone
        self.contactPerson = contactPerson
        self.contactDetails = contactDetails
        self.registerName = registerName
        self.internalTargetWorkingDays = internalTargetWorkingDays
    }

    /// Checks every given field and applies it; nothing changes if any field is invalid.
    /// - Throws: ``InputError`` naming the refused field by its ``ControllerProfileField`` raw value
    ///   (``ControllerProfileField/change`` when no field is given).
    public func apply(to profile: inout ControllerProfile) throws(InputError) {
        var updated = profile
        var changed = false
        func line(_ value: String?, _ field: ControllerProfileField) throws(InputError) -> String? {
            guard let value else { return nil }
            changed = true
            return try TextRules.requiredLine(value, field: field.rawValue)
        }
        if let value = try line(name, .name) { updated.name = value }
        if let value = try line(businessID, .businessID) {
            guard let id = BusinessID(value) else {
                throw .unknownValue(
                    field: ControllerProfileField.businessID.rawValue, text: value,
                    accepted: ["a valid Y-tunnus such as 2747637-5 (check digit)"])
            }
            updated.businessID = id.description
        }
        if let address {
            changed = true
            updated.address = try TextRules.optional(
                address, field: ControllerProfileField.address.rawValue, limit: 1000,
                multiline: true)
        }
        if let value = try line(email, .email) {
            guard value.contains("@") else {
                throw .unknownValue(
                    field: ControllerProfileField.email.rawValue, text: value, accepted: ["an e-mail address"])
            }
            updated.email = value
        }
        if let value = try line(phone, .phone) { updated.phone = value }
        if let value = try line(contactPerson, .contactPerson) { updated.contactPerson = value }
        if let value = try line(contactDetails, .contactDetails) { updated.contactDetails = value }
        if let value = try line(registerName, .registerName) { updated.registerName = value }
        if let value = try line(signerTitle, .signerTitle) { updated.signerTitle = value }
        if let noticeLanguage {
            changed = true
            updated.noticeLanguage = noticeLanguage
        }
        try applyTranslations(to: &updated, changed: &changed)
        if let days = internalTargetWorkingDays {
            changed = true
            guard (0...20).contains(days) else {
                throw .unknownValue(
                    field: ControllerProfileField.internalTargetWorkingDays.rawValue, text: String(days),
                    accepted: ["0 to 20 working days"])
            }
            updated.internalTargetWorkingDays = days
        }
        guard changed else { throw .empty(field: ControllerProfileField.change.rawValue) }
        profile = updated
    }

    /// The profile as labelled lines.
    public static func text(_ profile: ControllerProfile, version: Int) -> String {
        let rows: [(String, String?)] = [
            ("Name", profile.name), ("Business ID", profile.businessID), ("Address", profile.address),
            ("E-mail", profile.email), ("Phone", profile.phone), ("Contact", profile.contactPerson),
            ("Contact details", profile.contactDetails), ("Signer's title", profile.signerTitle),
            ("Register", profile.registerName), ("Notice language", profile.noticeLanguage?.rawValue),
            ("Internal target", profile.internalTargetWorkingDays.map { "\($0) working days before the deadline" }),
        ]
        var lines = ["Controller profile, version \(version)"]
        for (label, value) in rows {
            lines.append("\(label): \(value ?? "(missing)")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
