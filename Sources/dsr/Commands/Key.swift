import ArgumentParser
import DSRCases
import DSRCore

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
        struct Init: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "init",
                abstract: "Give an existing register that has no key, and holds no identity codes, its key.",
                discussion: "A key file already at DATABASE.key that the register has not recorded (one made by an "
                    + "earlier dsr) is adopted, not replaced. A register that holds identity codes but whose key file "
                    + "is gone needs that key restored from its backup, not a new one (exit 74).")

            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await reportingFailuresAsync {
                    let key = try await global.openCases(creating: false).initialiseIdentityKey(
                        actor: global.actorName, today: try Clock.moment())
                    print(
                        !key.adopted
                            ? "Created the identity-code key \(key.location) (mode 600)."
                            : "Adopted the identity-code key already at \(key.location).")
                    print("Fingerprint \(key.fingerprint), recorded in the register's hash chain.")
                    print(
                        "Back the key file up now and whenever you back up the register, apart from the register's "
                            + "backups: without it, stored identity codes can be neither matched nor opened.")
                }
            }
        }

        /// `dsr key rotate`.
        struct Rotate: AsyncParsableCommand, RegisterCommand {
            static let configuration = CommandConfiguration(
                commandName: "rotate",
                abstract: "Replace the register's identity-code key with a new one, re-sealing every stored code under "
                    + "it in one transaction.",
                discussion: "The old key file is kept beside it as DATABASE.key.retired-FINGERPRINT: backups made "
                    + "before the rotation need it. Run no other dsr command on the register meanwhile. See "
                    + "docs/security.md, Key handling.")

            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await reportingFailuresAsync {
                    let rotated = try await global.openCases(creating: false).rotateIdentityKey(
                        actor: global.actorName, today: try Clock.moment())
                    KeyAdoption.note(rotated.adoptedKeyPath)
                    print(
                        "Re-sealed \(rotated.resealed) identity code(s) under the new key \(rotated.location) "
                            + "(mode 600).")
                    print("Fingerprint \(rotated.fingerprint), recorded in the register's hash chain.")
                    print(
                        "The old key is kept as \(rotated.retiredLocation): backups made before now need it. Keep it with your copy "
                            + "of the old key, apart from the backups, and delete it from here.")
                    print("Back the new key file up now, apart from the register's backups.")
                }
            }
        }
    }
}
