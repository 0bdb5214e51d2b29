import DSRCore
import Foundation

/// The command to keep a file with a case (`attach`, and `case set --enclose` for the Art. 15(3) copy of the data).
///
/// The front end reads the file (the service never opens a path the officer names) and passes its bytes and its
/// name; it should refuse a file over the limit before reading it all, as the service refuses it again.
public struct AttachFile: Sendable, Equatable {
    /// The case.
    public var caseNumber: CaseNumber
    /// The file's bytes.
    public var content: Data
    /// The file's name (its last path component becomes the display name).
    public var fileName: String
    /// The label as the officer gave it (``AttachmentLabel``), or `nil` for ``AttachmentLabel/document``.
    public var label: String?
    /// Whether to seal the bytes under the register's key (always done for identity evidence and the data copy).
    public var sensitive: Bool
    /// The largest file taken.
    public var limit: AttachmentLimit

    /// Creates the command.
    public init(
        caseNumber: CaseNumber, content: Data, fileName: String, label: String? = nil, sensitive: Bool = false,
        limit: AttachmentLimit = .standard
    ) {
        self.caseNumber = caseNumber
        self.content = content
        self.fileName = fileName
        self.label = label
        self.sensitive = sensitive
        self.limit = limit
    }
}
