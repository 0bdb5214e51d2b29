/// What a signed-in user of a shared register may do (`dsr user add NAME --role …`, `dsr serve`).
///
/// - ``admin``: users, the controller profile and notice import, backup, purge, and every case.
/// - ``handler``: registers requests, records events, writes letters, notes and attachments.
/// - ``auditor``: reads everything and verifies the audit trail; changes nothing.
public enum UserRole: String, Sendable, Codable, CaseIterable, Hashable {
    /// Manages users, the controller profile, backups and purges, and may do everything a handler does.
    case admin
    /// Works on cases: registers, records events, writes letters, notes and attachments.
    case handler
    /// Reads every case and the audit trail, and changes nothing.
    case auditor

    /// Whether the role may change the register (register requests, record events, issue letters …).
    public var maySignChanges: Bool {
        switch self {
        case .admin, .handler: true
        case .auditor: false
        }
    }

    /// Whether the role may manage users, the controller profile, backups and purges.
    public var mayAdminister: Bool {
        switch self {
        case .admin: true
        case .handler, .auditor: false
        }
    }
}
