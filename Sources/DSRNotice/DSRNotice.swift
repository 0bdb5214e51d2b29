/// Notices.
