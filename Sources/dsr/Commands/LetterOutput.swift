import ArgumentParser
import DSRCore
import Foundation

/// Writing letters to files or standard output.
enum LetterOutput {
    /// Refuses to write a PDF to a terminal: it needs `--output FILE` or a redirected standard output.
    static func validate(format: LetterFormat, output: String?) throws {
        if format == .pdf && output == nil && isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("A PDF is a binary file and is not written to a terminal; give --output FILE "
                                  + "(or redirect standard output to a file).")
        }
    }

    /// The bytes of an issued letter in a form.
    /// - Throws: ``IssuedLetterError/fileUnavailable(_:_:)`` if the register does not hold that form.
    static func content(of letter: IssuedLetter, format: LetterFormat) throws -> [UInt8] {
        guard let content = letter.file(format)?.content else {
            throw IssuedLetterError.fileUnavailable(letter.number, format)
        }
        return content
    }

    /// Writes bytes to a file, or to standard output if no file is named (letters and the calendar use it).
    static func write(_ bytes: [UInt8], to output: String?) throws {
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
                throw FileError.cannotWrite(path: output, reason: "the file could not be created")
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// Writes a line about what was done to standard error, so that standard output carries only the letter.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
