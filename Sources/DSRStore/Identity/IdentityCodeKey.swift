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
    /// The key that makes the tags of purged references and import keys.
    private let referenceTagging: SymmetricKey
    /// The key of the access log's chain (``accessLogChain``).
    private let accessLogging: SymmetricKey
    /// The key that seals the bytes of sensitive attachments (``sealAttachment(_:)``).
    private let attachmentSealing: SymmetricKey
    /// The key's fingerprint: the hex SHA-256 of a value derived from the secret for this purpose alone, which the
    /// register records in its hash chain so that a missing or different key file is noticed. It reveals nothing of
    /// the secret.
    public let fingerprint: String

    /// The first line of a key file, naming its format.
    static let header = "dsr-identity-key-v1"
    /// Bound to every sealed code, so a ciphertext made for another purpose does not open as a code.
    private static let associatedData = Data("dsr identity code v1".utf8)

    /// The key file of the register at `registerPath`: the register's path with `.key` appended.
    public static func path(forRegister registerPath: String) -> String {
        registerPath + ".key"
    }

    /// The key file's optional third line, `tags BASE64`: the key of purged tags carried over from the key a rotation
    /// replaced (those tags cannot be made again, since the values they stand for are gone).
    static let tagsPrefix = "tags "

    /// A key from its secret; `tagSecret` is a key of purged tags carried over by a rotation, else it is derived.
    private init(path: String, secret: SymmetricKey, tagSecret: SymmetricKey? = nil) {
        self.path = path
        sealing = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("dsr identity-code sealing v1".utf8),
            outputByteCount: 32)
        tagging = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("dsr identity-code lookup v1".utf8),
            outputByteCount: 32)
        referenceTagging =
            tagSecret
            ?? HKDF<SHA256>.deriveKey(
                inputKeyMaterial: secret, info: Data("dsr purged-reference v1".utf8),
                outputByteCount: 32)
        // Derived from the key of purged tags, not from the secret: a rotation carries that key over (the file's
        // third line), so the access log's chain, like the tags, stays checkable after `dsr key rotate`.
        accessLogging = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: referenceTagging, info: Data("dsr access-log chain v1".utf8),
            outputByteCount: 32)
        attachmentSealing = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("dsr attachment sealing v1".utf8),
            outputByteCount: 32)
        let marker = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: secret, info: Data("dsr identity-key fingerprint v1".utf8),
            outputByteCount: 32)
        fingerprint = marker.withUnsafeBytes { EventChain.hex(Array(SHA256.hash(data: Data($0)))) }
    }

    /// Reads the key of the register at `registerPath`, creating it (32 random bytes, mode 0600) if it does not
    /// exist and `create` is true.
    /// - Returns: The key, or `nil` if there is none and `create` is false.
    /// - Throws: ``IdentityCodeError`` if the file cannot be read, is not a key file, or cannot be created.
    public static func load(forRegister registerPath: String, create: Bool) throws(IdentityCodeError)
        -> IdentityCodeKey?
    {
        let path = path(forRegister: registerPath)
        if let key = try read(path) { return key }
        guard create else { return nil }
        try make(path)
        guard let key = try read(path) else {
            throw .keyUnreadable(path: path, reason: "it disappeared after it was made")
        }
        return key
    }

    /// Reads the key file at `path`, for a register not kept beside its key (a PostgreSQL register), or returns
    /// `nil` if there is none.
    /// - Throws: ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot be read or is not a key file.
    public static func load(atPath path: String) throws(IdentityCodeError) -> IdentityCodeKey? {
        try read(path)
    }

    /// Makes a key file at `path` (32 random bytes, mode 0600), for a register not kept beside its key; there must
    /// not be one yet.
    /// - Throws: ``IdentityCodeError/keyExists(path:)`` if a key file is already there (it is left as it is);
    ///   ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot be made.
    public static func create(atPath path: String) throws(IdentityCodeError) -> IdentityCodeKey {
        guard try make(path) else { throw .keyExists(path: path) }
        guard let key = try read(path) else {
            throw .keyUnreadable(path: path, reason: "it disappeared after it was made")
        }
        return key
    }

    /// Makes the key of the register at `registerPath` (32 random bytes, mode 0600), which must not have one yet.
    /// - Throws: ``IdentityCodeError/keyExists(path:)`` if a key file is already there (it is left as it is);
    ///   ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot be made.
    public static func create(forRegister registerPath: String) throws(IdentityCodeError) -> IdentityCodeKey {
        let path = path(forRegister: registerPath)
        guard try make(path) else { throw .keyExists(path: path) }
        guard let key = try read(path) else {
            throw .keyUnreadable(path: path, reason: "it disappeared after it was made")
        }
        return key
    }

    /// The keyed tag that stands for a purged request's reference or import key (`kind` says which), so that a
    /// re-imported row is recognised without the register keeping the value itself: the hex HMAC-SHA-256 of
    /// `kind`, a zero byte and the value, under a key derived from the secret for this purpose.
    public func purgedTag(_ kind: PurgedTagKind, of value: String) -> String {
        var message = Data(kind.rawValue.utf8)
        message.append(0)
        message.append(Data(value.utf8))
        return EventChain.hex(Array(HMAC<SHA256>.authenticationCode(for: message, using: referenceTagging)))
    }

    /// The keyed chain of the access log (``AccessLogChain``), under a key derived from the key of purged tags, which
    /// `dsr key rotate` carries over to the new key file, so entries written before a rotation still verify after it.
    public var accessLogChain: AccessLogChain {
        AccessLogChain(key: accessLogging)
    }

    /// Seals a validated code: the masked form, the ciphertext and the lookup tag.
    /// - Throws: ``IdentityCodeError/cannotSeal`` if encryption fails.
    public func seal(_ code: Henkilotunnus) throws(IdentityCodeError) -> SealedIdentityCode {
        do {
            let box = try AES.GCM.seal(Data(code.value.utf8), using: sealing, authenticating: Self.associatedData)
            guard let combined = box.combined else { throw IdentityCodeError.cannotSeal }
            return SealedIdentityCode(
                masked: code.masked, sealed: "v1:" + combined.base64EncodedString(),
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

    /// Opens a sealed code. dsr never prints the result; it serves `dsr key rotate` and tests.
    /// - Throws: ``IdentityCodeError/cannotOpen`` if the code was sealed under another key or was changed.
    public func open(_ sealed: SealedIdentityCode) throws(IdentityCodeError) -> Henkilotunnus {
        guard sealed.sealed.hasPrefix("v1:"), let combined = Data(base64Encoded: String(sealed.sealed.dropFirst(3))),
            let box = try? AES.GCM.SealedBox(combined: combined),
            let plain = try? AES.GCM.open(box, using: sealing, authenticating: Self.associatedData),
            let code = Henkilotunnus(String(decoding: plain, as: UTF8.self))
        else { throw .cannotOpen }
        return code
    }

    /// Bound to every sealed attachment, so a ciphertext made for another purpose does not open as one.
    private static let attachmentAssociatedData = Data("dsr attachment v1".utf8)

    /// Seals the bytes of a sensitive attachment: AES-256-GCM under a key derived from the secret for this purpose,
    /// as the nonce, the ciphertext and the tag in one block.
    /// - Throws: ``IdentityCodeError/cannotSeal`` if encryption fails.
    public func sealAttachment(_ bytes: Data) throws(IdentityCodeError) -> Data {
        do {
            let box = try AES.GCM.seal(bytes, using: attachmentSealing, authenticating: Self.attachmentAssociatedData)
            guard let combined = box.combined else { throw IdentityCodeError.cannotSeal }
            return combined
        } catch {
            throw .cannotSeal
        }
    }

    /// Opens the bytes of a sealed attachment.
    /// - Throws: ``IdentityCodeError/cannotOpen`` if they were sealed under another key or were changed.
    public func openAttachment(_ sealed: Data) throws(IdentityCodeError) -> Data {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
            let plain = try? AES.GCM.open(box, using: attachmentSealing, authenticating: Self.attachmentAssociatedData)
        else { throw .cannotOpen }
        return plain
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
    static func read(_ path: String) throws(IdentityCodeError) -> IdentityCodeKey? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyUnreadable(path: path, reason: "it cannot be read; check its permissions")
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == 2 || lines.count == 3, lines[0] == header, let secret = Data(base64Encoded: lines[1]),
            secret.count == 32
        else {
            throw .keyUnreadable(path: path, reason: "it is not a dsr identity-code key file")
        }
        var tagSecret: SymmetricKey?
        if lines.count == 3 {
            guard lines[2].hasPrefix(tagsPrefix),
                let tags = Data(base64Encoded: String(lines[2].dropFirst(tagsPrefix.count))),
                tags.count == 32
            else {
                throw .keyUnreadable(path: path, reason: "it is not a dsr identity-code key file")
            }
            tagSecret = SymmetricKey(data: tags)
        }
        return IdentityCodeKey(path: path, secret: SymmetricKey(data: secret), tagSecret: tagSecret)
    }

    /// The text of a key file: the header, the secret, and the carried-over key of purged tags if there is one.
    private static func fileText(secret: Data, tagSecret: Data?) -> Data {
        var text = "\(header)\n\(secret.base64EncodedString())\n"
        if let tagSecret { text += tagsPrefix + tagSecret.base64EncodedString() + "\n" }
        return Data(text.utf8)
    }

    /// Writes the successor of this key for `dsr key rotate`: a new secret, with this key's key of purged tags
    /// carried over, into a new file beside the key file (mode 0600, synced). The caller re-seals the register's
    /// codes under it, then calls ``installReplacement(_:)`` to put it in place.
    /// - Returns: The new key, whose ``path`` is still the key file's path, and the path of the file it was written to.
    /// - Throws: ``IdentityCodeError/keyUnreadable(path:reason:)`` if the file cannot be written.
    public func makeReplacement() throws(IdentityCodeError) -> (key: IdentityCodeKey, pendingPath: String) {
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let tagSecret = referenceTagging.withUnsafeBytes { Data($0) }
        let pending = Self.pendingPath(of: path)
        unlink(pending)  // a replacement left by an earlier rotation that did not finish was never used
        let text = Self.fileText(secret: secret, tagSecret: tagSecret)
        let descriptor = createExclusively(pending)
        guard descriptor >= 0 else {
            throw .keyUnreadable(path: pending, reason: "it cannot be created (\(Self.describe(errno)))")
        }
        fchmod(descriptor, 0o600)
        let written = text.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.count, synced else {
            unlink(pending)
            throw .keyUnreadable(path: pending, reason: "it could not be written completely")
        }
        return (IdentityCodeKey(path: path, secret: SymmetricKey(data: secret), tagSecret: referenceTagging), pending)
    }

    /// Where ``makeReplacement()`` writes the new key of the key file at `path` until it is put in place.
    public static func pendingPath(of path: String) -> String {
        path + ".new"
    }

    /// Puts a replacement written by ``makeReplacement()`` in place of the key file, in one rename.
    /// - Throws: ``IdentityCodeError/keyUnreadable(path:reason:)`` if it cannot.
    public static func installReplacement(_ pendingPath: String, at path: String) throws(IdentityCodeError) {
        guard rename(pendingPath, path) == 0 else {
            throw .keyUnreadable(
                path: path,
                reason: "the new key in \(pendingPath) could not be moved into its place "
                    + "(\(describe(errno))); move it there by hand: mv \(pendingPath) \(path)")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = openForReading(folder)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Writes a new key file: under a temporary name with mode 0600, synced, then linked into place only if no key
    /// is there yet (another dsr may have made one at the same moment; that one then wins).
    /// - Returns: `false` if a key file was already there.
    @discardableResult
    private static func make(_ path: String) throws(IdentityCodeError) -> Bool {
        let secret = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        let text = fileText(secret: secret, tagSecret: nil)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + "." + UUID().uuidString
        defer { unlink(temporary) }
        let descriptor = createExclusively(temporary)
        guard descriptor >= 0 else {
            throw .keyUnreadable(path: path, reason: "it cannot be created (\(describe(errno)))")
        }
        fchmod(descriptor, 0o600)
        let written = text.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == text.count, synced else {
            throw .keyUnreadable(path: path, reason: "it could not be written completely")
        }
        guard link(temporary, path) == 0 else {
            if errno == EEXIST { return false }
            throw .keyUnreadable(path: path, reason: "it cannot be created (\(describe(errno)))")
        }
        return true
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Creates a new file with mode 0600 for writing, failing if anything is at `path`; returns its descriptor or -1.
private func createExclusively(_ path: String) -> Int32 {
    open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
}

/// Opens a file or folder for reading; returns its descriptor or -1.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
