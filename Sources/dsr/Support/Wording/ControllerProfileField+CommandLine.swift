import DSRCore

/// The tool's names of the controller profile's fields: the options of `dsr controller set`.
extension ControllerProfileField {
    /// The option that gives the field, as the tool's messages name it.
    var commandLineName: String {
        switch self {
        case .name: "--name"
        case .businessID: "--business-id"
        case .address: "--address"
        case .email: "--email"
        case .phone: "--phone"
        case .contactPerson: "--contact"
        case .contactDetails: "--contact-details"
        case .signerTitle: "--signer-title"
        case .translatedPurposes: "--purposes-sv/--purposes-en"
        case .translatedCategories: "--categories-sv/--categories-en"
        case .translatedLegalBasis: "--legal-basis-sv/--legal-basis-en"
        case .templates: "--templates"
        case .registerName: "--register-name"
        case .internalTargetWorkingDays: "--internal-target-days"
        case .change: "the change (give at least one field, e.g. --name)"
        }
    }
}

extension InputError {
    /// The same error with a controller-profile field (``ControllerProfileField``) named by its option of
    /// `dsr controller set`; an error about any other field is returned as it is.
    func namingControllerProfileOptions() -> InputError {
        func option(_ field: String) -> String {
            ControllerProfileField(rawValue: field)?.commandLineName ?? field
        }
        switch self {
        case .invalidDate(let field, let text): return .invalidDate(field: option(field), text: text)
        case .yearOutOfRange(let field, let year): return .yearOutOfRange(field: option(field), year: year)
        case .empty(let field): return .empty(field: option(field))
        case .tooLong(let field, let limit): return .tooLong(field: option(field), limit: limit)
        case .forbiddenCharacters(let field): return .forbiddenCharacters(field: option(field))
        case .unknownValue(let field, let text, let accepted):
            return .unknownValue(field: option(field), text: text, accepted: accepted)
        case .invalidIdentityCode(let field): return .invalidIdentityCode(field: option(field))
        case .tooShort(let field, let minimum): return .tooShort(field: option(field), minimum: minimum)
        case .tooManyBytes(let field, let limit): return .tooManyBytes(field: option(field), limit: limit)
        case .receivedInFuture, .receivedBeforeGDPR, .directMarketingNotObjection: return self
        }
    }
}
