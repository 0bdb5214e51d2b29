import ArgumentParser
import DSRCore
import DSRStore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension DSR {
    /// `dsr key`: the register's identity-code key.
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: "Manage the register's identity-code key (DATABASE.key).",
            discussion: "A register gets its key when it is created; its fingerprint is recorded in the hash chain, "
                + "and a missing or different key file stops every command that needs it (exit 74). No command but "
                + "these makes or replaces a key. Back the key file up apart from the register's backups "
                + "(docs/security.md, Key handling).",
            subcommands: [Init.self, Rotate.self])

        /// `dsr key init`.
        struct Init: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "init",
                abstract: "Give an existing register that has no key, and holds no identity codes, its key.",
                discussion: "A key file already at DATABASE.key that the register has not recorded (one made by an "
                    + "earlier dsr) is adopted, not replaced. A register that holds identity codes but whose key file "
                    + "is gone needs that key restored from its backup, not a new one (exit 74).")

            @OptionGroup var global: GlobalOptions

            func run() throws {
                try reportingFailures {
                    let store = try global.openExistingStore()
                    if let reason = store.readOnlyReason {
                        throw StoreError.failed(operation: "record an identity-code key",
                                                reason: "the register is read-only: \(reason)")
                    }
                    let key: IdentityCodeKey
                    let reason: IdentityKeyReason
                    switch try store.registerKey() {
                    case .recorded(let existing):
                        throw IdentityCodeError.keyExists(path: existing.path)
                    case .unrecorded(let existing):
                        key = existing
                        reason = .adopted
                    case .none:
                        key = try IdentityCodeKey.create(forRegister: global.databasePath)
                        reason = .created
                    }
                    try store.recordKeyFingerprint(of: key, reason: reason, actor: global.actorName, now: Clock.now(),
                                                   today: try Clock.today())
                    print(reason == .created ? "Created the identity-code key \(key.path) (mode 600)."
                              : "Adopted the identity-code key already at \(key.path).")
                    print("Fingerprint \(key.fingerprint), recorded in the register's hash chain.")
                    print("Back the key file up now and whenever you back up the register, apart from the register's "
                          + "backups: without it, stored identity codes can be neither matched nor opened.")
                }
            }
        }

        /// `dsr key rotate`.
        struct Rotate: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "rotate",
                abstract: "Replace the register's identity-code key with a new one, re-sealing every stored code under "
                    + "it in one transaction.",
                discussion: "The old key file is kept beside it as DATABASE.key.retired-FINGERPRINT: backups made "
                    + "before the rotation need it. Run no other dsr command on the register meanwhile. See "
                    + "docs/security.md, Key handling.")

            @OptionGroup var global: GlobalOptions

            func run() throws {
                try reportingFailures {
                    let store = try global.openExistingStore()
                    if let reason = store.readOnlyReason {
                        throw StoreError.failed(operation: "rotate the identity-code key",
                                                reason: "the register is read-only: \(reason)")
                    }
                    guard let old = try IdentityCodes.key(of: store, global: global) else {
                        throw IdentityCodeError.noKey(path: IdentityCodeKey.path(forRegister: global.databasePath))
                    }
                    let retired = old.path + ".retired-" + old.fingerprint.prefix(16)
                    let (new, pending) = try old.makeReplacement()
                    guard link(old.path, retired) == 0 else {
                        unlink(pending)
                        throw IdentityCodeError.keyUnreadable(
                            path: retired, reason: "the old key could not be kept under this name (\(String(cString: strerror(errno))))")
                    }
                    let count: Int
                    do {
                        count = try store.rotateKey(from: old, to: new, actor: global.actorName, now: Clock.now(),
                                                    today: try Clock.today())
                    } catch {
                        unlink(pending)
                        unlink(retired)
                        throw error
                    }
                    try IdentityCodeKey.installReplacement(pending, at: old.path)
                    print("Re-sealed \(count) identity code(s) under the new key \(new.path) (mode 600).")
                    print("Fingerprint \(new.fingerprint), recorded in the register's hash chain.")
                    print("The old key is kept as \(retired): backups made before now need it. Keep it with your copy "
                          + "of the old key, apart from the backups, and delete it from here.")
                    print("Back the new key file up now, apart from the register's backups.")
                }
            }
        }
    }
}
