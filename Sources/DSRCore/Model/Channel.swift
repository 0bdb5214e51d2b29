/// How a request reached the controller.
public enum Channel: String, Sendable, Codable, CaseIterable {
    /// By e-mail.
    case email
    /// By post.
    case post
    /// Through a web form.
    case webForm = "web-form"
    /// By telephone.
    case phone
    /// In person.
    case inPerson = "in-person"

    /// The channel's name in each language.
    public var names: LocalizedText {
        switch self {
        case .email: LocalizedText(fi: "sähköposti", sv: "e-post", en: "e-mail")
        case .post: LocalizedText(fi: "posti", sv: "post", en: "post")
        case .webForm: LocalizedText(fi: "verkkolomake", sv: "webbformulär", en: "web form")
        case .phone: LocalizedText(fi: "puhelin", sv: "telefon", en: "telephone")
        case .inPerson: LocalizedText(fi: "henkilökohtaisesti", sv: "personligen", en: "in person")
        }
    }
}
