import DSRCore

extension LetterType {
    /// The letter's title in each language, as its first line prints it (in capitals) and as lists show it.
    public var titles: LocalizedText {
        switch self {
        case .acknowledgement:
            LocalizedText(fi: "Vastaanottoilmoitus", sv: "Bekräftelse av mottagande", en: "Acknowledgement of receipt")
        case .identityRequest:
            LocalizedText(
                fi: "Pyyntö henkilöllisyyden varmistamiseksi", sv: "Begäran om uppgifter för att bekräfta identiteten",
                en: "Request for information to confirm your identity")
        case .clarificationRequest:
            LocalizedText(
                fi: "Pyynnön täsmentäminen", sv: "Begäran om precisering", en: "Request to specify your request")
        case .extensionNotice:
            LocalizedText(
                fi: "Ilmoitus määräajan pidentämisestä", sv: "Meddelande om förlängd tidsfrist",
                en: "Notice of extension of the time limit")
        case .accessResponse:
            LocalizedText(
                fi: "Vastaus tarkastuspyyntöön", sv: "Svar på begäran om tillgång",
                en: "Response to your access request")
        case .rectificationNotice:
            LocalizedText(
                fi: "Ilmoitus tietojen oikaisemisesta", sv: "Meddelande om rättelse", en: "Notice of rectification")
        case .erasureNotice:
            LocalizedText(fi: "Ilmoitus tietojen poistamisesta", sv: "Meddelande om radering", en: "Notice of erasure")
        case .restrictionNotice:
            LocalizedText(
                fi: "Ilmoitus käsittelyn rajoittamisesta", sv: "Meddelande om begränsning av behandling",
                en: "Notice of restriction of processing")
        case .restrictionLiftNotice:
            LocalizedText(
                fi: "Ilmoitus käsittelyn rajoituksen poistamisesta", sv: "Meddelande om att begränsningen hävs",
                en: "Notice that the restriction will be lifted")
        case .portabilityNotice:
            LocalizedText(
                fi: "Ilmoitus tietojen siirtämisestä", sv: "Meddelande om dataportabilitet",
                en: "Notice of data portability")
        case .objectionNotice:
            LocalizedText(
                fi: "Ilmoitus käsittelyn lopettamisesta", sv: "Meddelande om att behandlingen har upphört",
                en: "Notice that processing has stopped")
        case .refusal:
            LocalizedText(
                fi: "Kirjallinen todistus pyynnön epäämisestä", sv: "Skriftligt intyg om avslag på begäran",
                en: "Written certificate of refusal of a request")
        case .withdrawalConfirmation:
            LocalizedText(
                fi: "Vahvistus pyynnön peruuttamisesta", sv: "Bekräftelse av att begäran har återkallats",
                en: "Confirmation that your request was withdrawn")
        }
    }

    /// Whether the letter can be written for a kind of request: the completion notices belong to their own right,
    /// every other letter to all six.
    public func applies(to kind: RequestKind) -> Bool {
        switch self {
        case .acknowledgement, .identityRequest, .clarificationRequest, .extensionNotice, .refusal,
            .withdrawalConfirmation:
            true
        case .accessResponse: kind == .access
        case .rectificationNotice: kind == .rectification
        case .erasureNotice: kind == .erasure
        case .restrictionNotice, .restrictionLiftNotice: kind == .restriction
        case .portabilityNotice: kind == .portability
        case .objectionNotice: kind == .objection
        }
    }
}
