import DSRCore

/// Everything the service layer needs from a register, split by concern: requests and events, letters, the
/// controller profile, identity codes and their key, maintenance. DSRStore's `SQLiteStore` is one; a PostgreSQL
/// register will be another, and both pass the store contract suite.
public typealias CaseStorage = RequestEventStorage & LetterStorage & ProfileStorage & IdentityCodeStorage
    & MaintenanceStorage & IdentityKeyStorage
    & AuditStorage & BackupStorage
    & ImportStorage & ExportStorage
    & SearchStorage
    & CaseRevisionStorage
    & AttachmentStorage
    & DispatchStorage
    & SuppressionStorage
    & UserStorage
    & CaseSnapshotStorage
