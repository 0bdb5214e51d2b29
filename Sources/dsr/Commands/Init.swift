import ArgumentParser

extension DSR {
    /// `dsr init`: creates the register.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the register (file mode 0600, WAL, migrations); harmless if it exists.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            try reportingFailures {
                try global.prepareRegister()
                print("Register ready at \(global.databasePath)")
            }
        }
    }
}
