import DSRNotice
import Foundation

/// The command to import the controller's privacy notice (*tietosuojaseloste*) as the controller profile.
public struct ImportNotice: Sendable, Equatable {
    /// The notice as text, Markdown or HTML (UTF-8, UTF-16 or Windows-1252; the format is detected). A front end turns
    /// a PDF or Word document into text or HTML before it gives it here.
    public var document: Data
    /// Fields whose current value is kept whatever the notice says.
    public var keep: Set<ProfileField>
    /// A controller name given in place of the notice's (when the notice gives none, or a wrong one).
    public var name: String?
    /// What the notice came from, recorded in the profile version's `controller-set` event (for example
    /// `notice tietosuojaseloste.html`).
    public var source: String

    /// Creates the command.
    public init(document: Data, keep: Set<ProfileField> = [], name: String? = nil, source: String) {
        self.document = document
        self.keep = keep
        self.name = name
        self.source = source
    }
}
