import ArgumentParser

extension DSR {
    /// `dsr init`: creates the register.
    struct Init: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the register (file mode 0600, WAL, migrations); harmless if it exists.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await reportingFailuresAsync {
                try await global.prepareRegister()
                print("Register ready at \(global.printableLocation)")
            }
        }
    }
}
