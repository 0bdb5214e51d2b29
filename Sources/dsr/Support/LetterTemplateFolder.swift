import Foundation

/// Reads a controller's folder of letter templates (`dsr letter --templates DIR`): every `*.mustache` file in it,
/// keyed by file name; other files and subfolders are left alone. The library checks the names and the texts.
enum LetterTemplateFolder {
    /// The templates' texts keyed by file name.
    /// - Throws: ``FileError/missing(path:what:)`` if the folder cannot be read, ``FileError/notText(path:)`` for a
    ///   template that is not UTF-8 text.
    static func read(_ path: String) throws -> [String: String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { throw FileError.missing(path: path, what: "readable folder of letter templates") }
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".mustache") {
            let file = (path as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FileError.missing(path: file, what: "readable file")
            }
            guard let text = String(data: data, encoding: .utf8) else { throw FileError.notText(path: file) }
            files[name] = text
        }
        return files
    }
}
