import DSRCore
import Foundation

/// A controller's own letter template cannot be used: its name is not `TYPE.LANG.mustache`, it breaks dsr's template
/// rules, or a tag names something the letter type does not provide. The detail names the line and the tag.
public struct TemplateOverrideError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The template's file name, `refusal.fi.mustache`.
    public var file: String
    /// What is wrong, with the line and the tag where there is one.
    public var detail: String
    /// Where the template came from, which decides what to do about it.
    public var origin: Origin

    /// Where a controller's template came from.
    public enum Origin: Sendable, Equatable {
        /// The letter's own templates (`dsr letter --templates DIR`): no letter was written.
        case letter
        /// Templates being kept in the controller profile (`dsr controller set --templates DIR`): the profile was not
        /// changed.
        case profileChange
        /// A template kept in the controller profile that no longer fits its letter (for example after dsr changed
        /// what a letter provides): no letter was written until it is replaced or removed.
        case profile
    }

    /// Creates the error.
    public init(file: String, detail: String, origin: Origin = .letter) {
        self.file = file
        self.detail = detail
        self.origin = origin
    }

    /// The template is invalid data: exit 65.
    public var category: ErrorCategory { .invalidData }

    /// What is wrong, in domain words.
    public var errorDescription: String? {
        "The letter template \(file) cannot be used: \(detail)."
    }
}
