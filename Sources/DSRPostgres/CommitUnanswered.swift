/// A transaction's `COMMIT` failed (``PostgresStore/transaction(_:_:_:)``): either the server refused it, and the
/// transaction was rolled back, or the connection failed on the way, and nobody here knows whether it was made.
struct CommitUnanswered: Error {
    /// The driver's error.
    var error: any Error
}
