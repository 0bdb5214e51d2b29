/// An error thrown by a caller's closure inside a transaction, carried out of the store unchanged.
struct CallerFailure: Error {
    /// The caller's error.
    let error: any Error
}

/// Runs a caller's closure, wrapping what it throws so that the store passes it on unchanged.
func callerStep<T>(_ body: () throws -> T) throws(CallerFailure) -> T {
    do {
        return try body()
    } catch {
        throw CallerFailure(error: error)
    }
}
