import DSRCore
import Foundation

/// Why a letter cannot be written. Messages name the case, never the person.
public enum LetterError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// A refusal certificate was asked for a request that was not refused.
    case notRefused(CaseNumber)
    /// No controller profile exists, so the letter cannot name the controller.
    case controllerMissing(CaseNumber)
    /// The refusal names a ground that is not in the catalogue.
    case unknownGround(CaseNumber, GroundCode)
    /// The refusal records no grounds.
    case groundsMissing(CaseNumber)
    /// The refusal withholds its reasons, but none of its grounds is a Tietosuojalaki § 34 restriction.
    case reasonsWithheldWithoutRestriction(CaseNumber)
    /// The refusal records no reasons (GDPR Art. 12(4) requires them).
    case reasonMissing(CaseNumber)
    /// The letter type does not apply to the request's kind (for example an erasure notice for an access request).
    case notApplicable(CaseNumber, LetterType, RequestKind)
    /// No template exists for the letter in the language.
    case templateMissing(LetterType, Language)
    /// A template compiled into dsr cannot be used.
    case templateInvalid(name: String, detail: String)

    /// The class of failure, which sets the exit code.
    public var category: ErrorCategory {
        switch self {
        case .notRefused, .reasonsWithheldWithoutRestriction, .notApplicable: .ruleViolation
        case .controllerMissing, .templateMissing: .notFound
        case .unknownGround, .groundsMissing, .reasonMissing, .templateInvalid: .invalidData
        }
    }

    /// What went wrong and what to do.
    public var errorDescription: String? {
        switch self {
        case .notRefused(let caseNumber):
            "\(caseNumber) was not refused; a refusal certificate needs a recorded refusal. Record it with "
                + "'dsr refuse \(caseNumber) --ground CODE --reason TEXT' first, or choose another letter type "
                + "(see 'dsr letter types')."
        case .controllerMissing(let caseNumber):
            "The letter for \(caseNumber) must name the controller, but no controller profile is set. Run "
                + "'dsr controller set --name ... --business-id ... --address ... --email ... --contact ...' first."
        case .unknownGround(let caseNumber, let ground):
            "\(caseNumber) is refused on the unknown ground '\(ground)'; the letter cannot cite it. "
                + "List the known codes with 'dsr grounds'."
        case .groundsMissing(let caseNumber):
            "\(caseNumber) is refused without a ground, and the certificate must cite one (GDPR Art. 12(4)). "
                + "Record the refusal with --ground CODE (see 'dsr grounds')."
        case .reasonsWithheldWithoutRestriction(let caseNumber):
            "\(caseNumber) withholds the reasons for the refusal, but only a Tietosuojalaki § 34 restriction allows "
                + "that (§ 34(3)); GDPR Art. 12(4) requires the reasons. Record the refusal with its reasons."
        case .reasonMissing(let caseNumber):
            "\(caseNumber) is refused without reasons, which GDPR Art. 12(4) requires in the certificate. "
                + "Record the refusal with its reasons (--reason TEXT)."
        case .notApplicable(let caseNumber, let type, let kind):
            "\(caseNumber) is a \(kind.rawValue) request; the \(type.rawValue) letter does not apply to it "
                + "(see 'dsr letter types')."
        case .templateMissing(let type, let language):
            "dsr has no \(language.rawValue) template for the \(type.rawValue) letter; add "
                + "Sources/DSRLetters/Templates/\(type.rawValue).\(language.rawValue).mustache and rebuild dsr."
        case .templateInvalid(let name, let detail):
            "The letter template Sources/DSRLetters/Templates/\(name) cannot be used: \(detail); fix it and rebuild dsr."
        }
    }
}
