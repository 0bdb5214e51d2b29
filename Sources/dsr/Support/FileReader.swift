import DSRCore
import Foundation

/// Reads a file named on the command line (or standard input for `-`) in chunks, for commands that stream it.
///
/// An import calls ``next()`` from its reading thread only, one call at a time; nothing else touches the reader
/// meanwhile, hence `@unchecked Sendable`.
final class FileReader: @unchecked Sendable {
    /// The bytes read per chunk.
    static let chunkSize = 1 << 20
    private let handle: FileHandle
    private let path: String

    /// Opens the file.
    /// - Throws: ``FileError/missing(path:what:)`` if it does not exist or cannot be read.
    init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardInput
            return
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else { throw FileError.missing(path: path, what: "readable file") }
        self.handle = handle
    }

    /// The next chunk, or `nil` at the end of the file.
    func next() throws -> [UInt8]? {
        do {
            guard let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty else { return nil }
            return [UInt8](data)
        } catch {
            throw FileError.missing(path: path, what: "readable file (reading failed)")
        }
    }
}
