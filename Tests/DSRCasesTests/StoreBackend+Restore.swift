import DSRCore
import DSRStore
import Foundation

extension StoreBackend {
    /// The place of a register file at `path`, which a backup can replace without opening it first (the restore
    /// use case). A PostgreSQL backend adds its own place beside this one.
    static func registerPlace(_ path: String) -> any RegisterRestoring {
        SQLiteRegisterLocation(path: path)
    }
}
