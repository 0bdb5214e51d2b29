/// A query's connection to the PostgreSQL server closed before the query was answered (``ConnectionWatch``).
struct ConnectionLost: Error, Sendable {}
