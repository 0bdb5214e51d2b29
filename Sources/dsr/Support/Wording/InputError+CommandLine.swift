import DSRCore

/// The tool's wording of bad input: the library names a field by its property (`endCondition`), the tool by the
/// option that sets it (`--end-condition`).
extension InputError: CommandLineWorded {
    /// The message for bad input, naming the option.
    var commandLineMessage: String {
        if case .directMarketingNotObjection(let kind) = self {
            return "--direct-marketing applies only to objections (GDPR Art. 21(2)), not to \(kind.rawValue) requests."
        }
        if case .unknownValue("email", _, let accepted) = self, accepted.count == 1 {
            return "--email is not an e-mail address; give one such as \(accepted[0])."
        }
        // One accepted form described in words ("an e-mail address", "0 to 3650 days") is not a list to choose from.
        if case .unknownValue(let field, let text, let accepted) = self, accepted.count == 1, accepted[0].contains(" ")
        {
            return "\(Self.option(for: field))\(Self.echo(text)) is not valid; give \(accepted[0])."
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
        // A token's label (CreateToken).
        "label": "--label",
    ]
}
