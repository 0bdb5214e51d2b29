extension Channel {
    /// Finds the channel named by its code (`post`, `web-form`) or its name in Finnish, Swedish or English
    /// (`posti`, `sähköposti`, `verkkolomake`, `e-post`), ignoring case and diacritics; also `kirje`/`letter` for
    /// post and `lomake`/`web`/`online` for a web form. The one reading of channel names that `dsr register
    /// --channel` and `dsr import` share.
    public init?(name: String) {
        let folded = TextFolding.fold(name)
        guard !folded.isEmpty else { return nil }
        for channel in Channel.allCases {
            let names = [channel.rawValue, channel.names.fi, channel.names.sv, channel.names.en]
            if names.contains(where: { TextFolding.fold($0) == folded }) {
                self = channel
                return
            }
        }
        switch folded {
        case "lomake", "web", "online": self = .webForm
        case "kirje", "letter": self = .post
        default: return nil
        }
    }
}
