import DSRCore

/// The options of an event command that give what an event requires.
extension EventRequirement {
    /// The option as written on a command line, for example `--reason TEXT`.
    var commandLineOption: String {
        switch self {
        case .reason: "--reason TEXT"
        case .grounds: "--ground CODE"
        case .recipients: "--recipient NAME|--no-recipients"
        case .endCondition: "--end-condition TEXT"
        case .details: "--details TEXT"
        case .liftDate: "--lifts-on DATE"
        }
    }
}
