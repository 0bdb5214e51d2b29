import Crypto
import DSRCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The secret that protects the identity codes of one register, kept in its own file next to it (`PATH.key`,
/// mode 0600), never in the register.
///
/// A henkilötunnus is stored only as a ``SealedIdentityCode``: AES-256-GCM ciphertext under a key derived from this
/// secret, and an HMAC-SHA-256 lookup tag under another key derived from it, so that a stolen register file alone
/// reveals neither the codes nor (because the tag is keyed) a way to test guesses. See `docs/security.md`.
public struct IdentityCodeKey: Sendable {
    /// The key file's path.
    public let path: String
    /// The key that seals codes.
    private let sealing: SymmetricKey
    /// The key that makes lookup tags.
    private let tagging: SymmetricKey

    /// The first line of a key file, naming its format.
    static let header = "dsr-identity-key-v1"
    /// Bound to every sealed code, so a ciphertext made for another purpose does not open as a code.
    private static let associatedData = Data("dsr identity code v1".utf8)

    /// The key file of the register at `registerPath`: the register's path with `.key` appended.
    public static func path(forRegister registerPath: String) -> String {
        registerPath + ".key"
    }

    private init(path: String, secret: SymmetricKey) {
        self.path = path
        sealing = HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, info: Data("dsr identity-code sealing v1".utf8),
                                         outputByteCount: 32)
        tagging = HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, info: Data("dsr identity-code lookup v1".utf8),
                                         outputByteCount: 32)
    }

    /// Reads the key of the register at `registerPath`, creating it (32 random bytes, mode 0600) if it does not
    /// exist and `create` is true.
    /// - Returns: The key, or `nil` if there is none and `create` is false.
    /// - Throws: ``IdentityCodeError`` if the file cannot be read, is not a key file, or cannot be created.
    public static func load(forRegister registerPath: String, create: Bool) throws(IdentityCodeError) -> IdentityCodeKey? {
        let path = path(forRegister: registerPath)
        if let key = try read(path) { return key }
        guard create else { return nil }
        try make(path)
        guard let key = try read(path) else { throw .keyUnreadable(path: path, reason: "it disappeared after it was made") }
        return key
    }

    /// Seals a validated code: the masked form, the ciphertext and the lookup tag.
    /// - Throws: ``IdentityCodeError/cannotSeal`` if encryption fails.
    public func seal(_ code: Henkilotunnus) throws(IdentityCodeError) -> SealedIdentityCode {
        do {
            let box = try AES.GCM.seal(Data(code.value.utf8), using: sealing, authenticating: Self.associatedData)
            guard let combined = box.combined else { throw IdentityCodeError.cannotSeal }
            return SealedIdentityCode(masked: code.masked, sealed: "v1:" + combined.base64EncodedString(),
                                      lookup: lookup(code))
        } catch {
            throw .cannotSeal
        }
    }

    /// The lookup tag of a code: the hex HMAC-SHA-256 of its upper-case form (the century sign kept as given).
    public func lookup(_ code: Henkilotunnus) -> String {
        let tag = HMAC<SHA256>.authenticationCode(for: Data(code.value.utf8), using: tagging)
        return EventChain.hex(Array(tag))
    }

    /// Opens a sealed code. dsr never prints the result; it serves tests and a future re-keying.
    /// - Throws: ``IdentityCodeError/cannotOpen`` if the code was sealed under another key or was changed.
    public func open(_ sealed: SealedIdentityCode) throws(IdentityCodeError) -> Henkilotunnus {
        guard sealed.sealed.hasPrefix("v1:"), let combined = Data(base64Encoded: String(sealed.sealed.dropFirst(3))),
              let box = try? AES.GCM.SealedBox(combined: combined),
              let plain = try? AES.GCM.open(box, using: sealing, authenticating: Self.associatedData),
              let code = Henkilotunnus(String(decoding: plain, as: UTF8.self))
        else { throw .cannotOpen }
        return code
    }

    /// Whether the key file of the register at `registerPath` can be read or written by users other than its owner,
    /// with its mode, or `nil` if it cannot (or does not exist).
    public static func exposedMode(forRegister registerPath: String) -> Int? {
        var info = stat()
        guard stat(path(forRegister: registerPath), &info) == 0 else { return nil }
        let mode = Int(info.st_mode) & 0o777
        return mode & 0o077 == 0 ? nil : mode
    }

    /// Reads a key file, or returns `nil` if there is none.
    private static func read(_ path: String) throws(IdentityCodeError) -> IdentityCodeKey? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyUnreadable(path: path, reason: "it cannot be read; check its permissions")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == 2, lines[0] == header, let secret = Data(base64Encoded: lines[1]), secret.count == 32 else {
            throw .keyUnreadable(path: path, reason: "it is not a dsr identity-code key file")
        }
        return IdentityCodeKey(path: path, secret: SymmetricKey(data: secret))
    }

    /// Writes a new key file: under a temporary name with mode 0600, synced, then linked into place only if no key
    /// is there yet (another dsr may have made one at the same moment; that one then wins).
    private static func make(_ path: String) throws(IdentityCodeError) {
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let text = Data("\(header)\n\(secret.base64EncodedString())\n".utf8)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + "." + UUID().uuidString
        defer { unlink(temporary) }
        let descriptor = createExclusively(temporary)
        guard descriptor >= 0 else { throw .keyUnreadable(path: path, reason: "it cannot be created (\(describe(errno)))") }
        fchmod(descriptor, 0o600)
        let written = text.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.count, synced else {
            throw .keyUnreadable(path: path, reason: "it could not be written completely")
        }
        if link(temporary, path) != 0 && errno != EEXIST {
            throw .keyUnreadable(path: path, reason: "it cannot be created (\(describe(errno)))")
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Creates a new file with mode 0600 for writing, failing if anything is at `path`; returns its descriptor or -1.
private func createExclusively(_ path: String) -> Int32 {
    open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
}
