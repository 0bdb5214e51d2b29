/// How `dsr serve` writes its log lines on standard error.
public enum ServerLogFormat: String, Sendable, CaseIterable {
    /// `2026-12-03T17:30:00Z info request id=… method=GET ms=1.2 route=/api/v1/requests/{case} status=200`.
    case text
    /// One JSON object per line: `{"time":…,"level":"info","message":"request","method":"GET",…}`.
    case json
}
