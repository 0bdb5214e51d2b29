import DSRCore

/// The names a letter template may use, as a tree: what ``LetterContext`` provides to a letter of each type.
///
/// swift-mustache prints an unknown name as an empty string; dsr checks a controller's template against this tree
/// when it loads it (``TemplateTagScanner``), so that a misspelt name is an error, not a silent gap in a letter. A
/// test keeps the tree in step with ``LetterContext`` and checks every template dsr ships against it.
indirect enum TemplateVocabulary: Sendable, Equatable {
    /// A text, number or flag: printed with `{{name}}`, or opened as a section that shows `{{.}}`.
    case value
    /// An object whose fields are named.
    case object([String: TemplateVocabulary])
    /// A list, each item of the given shape.
    case list(TemplateVocabulary)

    /// An object of text fields.
    static func values(_ names: String...) -> TemplateVocabulary {
        .object(Dictionary(uniqueKeysWithValues: names.map { ($0, .value) }))
    }

    /// The fields of an object, or none.
    var fields: [String: TemplateVocabulary] {
        if case .object(let fields) = self { return fields }
        return [:]
    }

    /// What a section over this name opens: a list's item, else the thing itself.
    var sectionContent: TemplateVocabulary {
        if case .list(let item) = self { return item }
        return self
    }

    /// The fields every letter provides.
    static let common: [String: TemplateVocabulary] = [
        "date": .value, "caseNumber": .value, "language": .value, "title": .value,
        "parts": .values("body"),
        "controller": .values(
            "name", "businessID", "address", "email", "phone", "contactPerson", "contactDetails", "hasLetterhead"),
        "subject": .values("name", "address", "email"),
        "request": .values("kindName", "rightName", "received", "deadline", "isAccess", "isDirectMarketing"),
        "authority": .values(
            "name", "visitingAddress", "postalAddress", "phone", "registryPhone", "email", "website",
            "complaintForm"),
        "issue": .values("letterNumber", "fingerprint"),
        "tailoring": .object([
            "paragraphs": .list(.value),
            "enclosures": .list(.values("number", "enclosureName", "isCopy", "isCopyOfGrantedPart")),
            "hasEnclosures": .value,
        ]),
        "signer": .values("signerName", "signerTitle"),
    ]

    /// The completion fields (what was done, the Art. 19 recipients, the restriction's end).
    static let completion: TemplateVocabulary = .object([
        "details": .value, "recipients": .list(.value), "hasRecipients": .value, "endCondition": .value,
        "liftsOn": .value, "liftReason": .value,
    ])

    /// The fields only some letter types provide, by the name the context gives them.
    static let particular: [String: TemplateVocabulary] = [
        "refusal": .object([
            "isPartial": .value, "granted": .value,
            "grounds": .list(.values("number", "title", "reference", "explanation")),
            "reason": .value, "reasonsWithheld": .value, "isAccessRestriction": .value,
        ]),
        "extensionNotice": .values("reasons", "originalDeadline"),
        "pause": .object(["since": .value, "asked": .list(.value), "hasAsked": .value]),
        "completion": completion,
        "access": .object([
            "registerName": .value, "purposes": .value, "legalBasis": .value, "dataCategories": .list(.value),
            "recipientList": .value, "retention": .value, "sources": .value, "automatedDecisions": .value,
            "transfers": .value, "dataProtectionOfficer": .value, "noRecipients": .value,
            "noAutomatedDecisions": .value, "noTransfers": .value, "copies": .list(.values("number", "enclosureName")),
            "hasCopies": .value,
        ]),
        "withdrawal": .values("on"),
        "acknowledgement": .object([
            "legalDeadline": .value, "answerBy": .value, "eve": .values("day", "holiday"), "target": .value,
        ]),
    ]

    /// The particular fields each letter type is given (see ``LetterRenderer/makeContext``).
    static func particularNames(of type: LetterType) -> [String] {
        switch type {
        case .acknowledgement: ["acknowledgement"]
        case .identityRequest, .clarificationRequest: ["pause"]
        case .extensionNotice: ["extensionNotice"]
        case .accessResponse: ["completion", "access"]
        case .rectificationNotice, .erasureNotice, .restrictionNotice, .restrictionLiftNotice, .portabilityNotice,
            .objectionNotice:
            ["completion"]
        case .refusal: ["refusal", "completion", "access"]
        case .withdrawalConfirmation: ["withdrawal"]
        }
    }

    /// Everything a letter of the type provides.
    static func letter(_ type: LetterType) -> TemplateVocabulary {
        var fields = common
        for name in particularNames(of: type) { fields[name] = particular[name] }
        return .object(fields)
    }

    /// Everything any letter provides, for the shared parts.
    static let anyLetter: TemplateVocabulary = .object(common.merging(particular) { first, _ in first })
}
