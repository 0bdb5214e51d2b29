import ArgumentParser
import DSRCore
import Foundation

/// Writing letters to files or standard output.
enum LetterOutput {
    /// Refuses to write a PDF to a terminal: it needs `--output FILE` or a redirected standard output.
    static func validate(format: LetterFormat, output: String?) throws {
        if format == .pdf && output == nil && isatty(STDOUT_FILENO) == 1 {
            throw ValidationError(
                "A PDF is a binary file and is not written to a terminal; give --output FILE "
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

    /// The file a command is told to write (`--output FILE`), checked and begun now, or `nil` for standard output.
    /// - Throws: ``OutputFileError`` (exit 73) if the path may not or cannot be written.
    static func file(_ output: String?, force: Bool, global: GlobalOptions) throws(OutputFileError) -> OutputFile? {
        try output.map { path throws(OutputFileError) in
            try OutputFile(OutputTarget(path: path, force: force, register: global.databasePath))
        }
    }

    /// Writes bytes to a file begun with ``file(_:force:global:)`` and puts it in place, or to standard output if
    /// there is none (letters and the calendar use it). On a terminal, text is shown through ``TerminalText`` (a name
    /// or reason holding control characters cannot act on the terminal); a file or a pipe gets the bytes unchanged,
    /// since an issued letter must stay byte for byte what the register recorded.
    static func write(_ bytes: [UInt8], to file: OutputFile?) throws {
        if let file {
            try file.write(bytes)
            try file.place()
        } else if isatty(STDOUT_FILENO) == 1, let text = String(validating: bytes, as: UTF8.self) {
            try StandardOutput.write(Array(TerminalText.escaped(text).utf8))
        } else {
            try StandardOutput.write(bytes)
        }
    }

    /// Writes a line about what was done to standard error, so that standard output carries only the letter.
    static func note(_ line: String) {
        StandardError.write(line + "\n")
    }
}
