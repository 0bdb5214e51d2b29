/// What a purged tag stands for (``IdentityCodeKey/purgedTag(_:of:)``).
public enum PurgedTagKind: String, Sendable, CaseIterable {
    /// The controller's reference of a request.
    case reference
    /// The import key of a request added by `dsr import`.
    case importKey = "import-key"
}
