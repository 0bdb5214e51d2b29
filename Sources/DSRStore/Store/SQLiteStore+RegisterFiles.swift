extension SQLiteStore {
    /// The files of a register at `path`: the database, the companions SQLite keeps beside it (write-ahead log,
    /// shared memory, rollback journal) and dsr's integrity stamp; not the identity-code key file, which has its own
    /// rules (``IdentityCodeKey/path(forRegister:)``).
    public static func registerFiles(at path: String) -> [String] {
        [path] + PrivateFile.companions.map { path + $0 } + [IntegrityStamp.path(forRegister: path)]
    }
}
