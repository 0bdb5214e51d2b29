import DSRCore
import Foundation

/// Reads a password (or a setup code's new password) from standard input for `dsr user add` and `dsr user password`:
/// the first line, without its line ending, never echoed and never named in a message.
enum PasswordInput {
    /// The most bytes read: far more than any password bcrypt accepts (72), so a longer one is refused by
    /// ``PasswordRules`` with a clear message rather than cut here.
    static let readLimit = 4096

    /// Whether standard input is a terminal (nothing piped in).
    static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// The first line of standard input.
    /// - Throws: ``InputError/empty(field:)`` when nothing was given, ``InputError/forbiddenCharacters(field:)``
    ///   when it is not UTF-8 text.
    static func read(field: String = "password") throws -> String {
        // On a terminal, ask without echoing what is typed.
        var saved = termios()
        let prompting = isTerminal && tcgetattr(STDIN_FILENO, &saved) == 0
        if prompting {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
            StandardError.write("Password (not shown): ")
        }
        defer {
            if prompting {
                _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
                StandardError.write("\n")
            }
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        while bytes.count < readLimit {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
            if buffer[0..<count].contains(UInt8(ascii: "\n")) { break }
        }
        if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) { bytes = Array(bytes[..<newline]) }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard !bytes.isEmpty else { throw InputError.empty(field: field) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError.forbiddenCharacters(field: field)
        }
        return text
    }
}
