/// How an issued letter left the controller: by post, by e-mail, through a portal, or by hand.
///
/// The raw values are stored in the register (in `letter-sent` events and the dispatch table), so they never change.
public enum DispatchChannel: String, Sendable, Codable, CaseIterable {
    /// Posted (kirjeenä postitse).
    case post
    /// Sent by e-mail.
    case email
    /// Put in a portal or secure mailbox for the person to fetch.
    case portal
    /// Handed over in person.
    case hand

    /// Finds the channel named by its code (`post`, `email`, `portal`, `hand`) or its Finnish or Swedish word
    /// (`posti`, `sähköposti`, `portaali`, `käsin`, `e-post`, `portal`, `för hand`), ignoring case and diacritics, as
    /// the import reads Finnish channel words.
    public init?(name: String) {
        let folded = TextFolding.fold(name)
        guard !folded.isEmpty else { return nil }
        for channel in DispatchChannel.allCases where channel.names.contains(where: { TextFolding.fold($0) == folded })
        {
            self = channel
            return
        }
        return nil
    }

    /// The words that name the channel, the code first.
    public var names: [String] {
        switch self {
        case .post: ["post", "posti", "kirje", "letter", "mail"]
        case .email: ["email", "sähköposti", "e-mail", "e-post", "sahkoposti"]
        case .portal: ["portal", "portaali", "verkkopalvelu"]
        case .hand: ["hand", "käsin", "by hand", "henkilökohtaisesti", "för hand"]
        }
    }

    /// The channel in a language, for `show` and letters' records.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (.post, .fi): "postitse"
        case (.post, .sv): "per post"
        case (.post, .en): "by post"
        case (.email, .fi): "sähköpostitse"
        case (.email, .sv): "per e-post"
        case (.email, .en): "by e-mail"
        case (.portal, .fi): "portaalin kautta"
        case (.portal, .sv): "via portalen"
        case (.portal, .en): "through the portal"
        case (.hand, .fi): "käsin"
        case (.hand, .sv): "för hand"
        case (.hand, .en): "by hand"
        }
    }
}
