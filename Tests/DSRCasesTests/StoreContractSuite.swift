/// The store contract suites (Tests/DSRCasesTests/StoreContract), one per storage protocol: a backend lists those
/// it implements (``StoreBackend/implements``).
enum StoreContractSuite: String, Sendable, CaseIterable {
    case requestEventStorage = "RequestEventStorage"
    case profileStorage = "ProfileStorage"
    case letterStorage = "LetterStorage"
    case identityCodeStorage = "IdentityCodeStorage"
    case auditStorage = "AuditStorage"
    case backupStorage = "BackupStorage"
    case importStorage = "ImportStorage"
    case exportStorage = "ExportStorage"
    case searchStorage = "SearchStorage"
    case caseRevisionStorage = "CaseRevisionStorage"
    case attachmentStorage = "AttachmentStorage"
    case dispatchStorage = "DispatchStorage"
    case suppressionStorage = "SuppressionStorage"
    case userStorage = "UserStorage"
    case caseSnapshotStorage = "CaseSnapshotStorage"
}
