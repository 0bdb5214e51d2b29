import DSRCore

/// The tool's wording of bad input: the library names a field by its property (`endCondition`), the tool by the
/// option that sets it (`--end-condition`).
extension InputError: CommandLineWorded {
    /// The message for bad input, naming the option.
    var commandLineMessage: String {
        if case .directMarketingNotObjection(let kind) = self {
            return "--direct-marketing applies only to objections (GDPR Art. 21(2)), not to \(kind.rawValue) requests."
        }
        return message(naming: Self.option(for:))
    }

    /// The option that sets a field the library's rules name (``RequestRules``, the controller profile's changes);
    /// a field the tool named itself (`--received`, `DSR_TODAY`, `case number`) is kept as it is.
    static func option(for field: String) -> String {
        options[field] ?? field
    }

    /// The options of the fields the library names, by field.
    private static let options: [String: String] = [
        // A request's draft and its subject (RequestRules.validated(_:today:)).
        "name": "--name", "email": "--email", "phone": "--phone", "address": "--address", "note": "--note",
        "reference": "--reference",
        // A workflow event's input (RequestRules.validated(_:)).
        "reason": "--reason", "granted": "--partial", "endCondition": "--end-condition", "details": "--details",
        "asked": "--asked", "recipients": "--recipient",
    ]
}
