import DSRCore
import Foundation

/// A controller's own letter template cannot be used: its name is not `TYPE.LANG.mustache`, it breaks dsr's template
/// rules, or a tag names something the letter type does not provide. The detail names the line and the tag.
public struct TemplateOverrideError: LocalizedErrorWithCategory, Sendable, Equatable {
    /// The template's file name, `refusal.fi.mustache`.
    public var file: String
    /// What is wrong, with the line and the tag where there is one.
    public var detail: String

    /// Creates the error.
    public init(file: String, detail: String) {
        self.file = file
        self.detail = detail
    }

    /// The template is invalid data: exit 65.
    public var category: ErrorCategory { .invalidData }

    /// What is wrong, in domain words.
    public var errorDescription: String? {
        "The letter template \(file) cannot be used: \(detail)."
    }
}
