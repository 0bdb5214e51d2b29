import DSRCore

/// The GDPR Art. 15 information as it applies to one person, in each language, for the access response and the
/// partial refusal of access.
extension LetterFixtures {
    /// Categories, purposes, named recipients, retention, source, no automated decisions, no transfers, and the copy.
    static func accessInformation(_ language: Language) -> AccessInformation {
        let categories = LocalizedText(
            fi: "Nimi ja yhteystiedot\nTilaushistoria vuosilta 2023–2026\nAsiakaspalveluun lähettämänne viestit",
            sv:
                "Namn och kontaktuppgifter\nBeställningshistorik från åren 2023–2026\nDina meddelanden till kundtjänsten",
            en: "Name and contact details\nOrder history from 2023 to 2026\nYour messages to customer service")
        let purposes = LocalizedText(
            fi: "Tilaustenne toimittaminen ja laskutus sekä asiakaspalvelu.",
            sv: "Leverans och fakturering av dina beställningar samt kundtjänst.",
            en: "Delivering and invoicing your orders, and customer service.")
        let recipients = LocalizedText(
            fi: "Posti Oy (toimitukset, viimeksi 14.2.2026); Maksupalvelu Esimerkki Oy (laskutus).",
            sv: "Posti Ab (leveranser, senast den 14.2.2026); Maksupalvelu Esimerkki Oy (fakturering).",
            en: "Posti Oy (deliveries, most recently on 14 February 2026); Maksupalvelu Esimerkki Oy (invoicing).")
        let retention = LocalizedText(
            fi: "Tilaus- ja laskutustiedot kuusi vuotta tilikauden päättymisestä (kirjanpitolaki); muut tiedot "
                + "asiakassuhteen päättymiseen asti.",
            sv: "Beställnings- och faktureringsuppgifter i sex år från räkenskapsperiodens utgång (bokföringslagen); "
                + "övriga uppgifter tills kundförhållandet upphör.",
            en: "Order and invoicing data for six years from the end of the financial year (Accounting Act); other "
                + "data until the customer relationship ends.")
        let source = LocalizedText(
            fi: "Osoitetietonne on päivitetty Postin osoitepalvelusta 2.1.2026.",
            sv: "Din adress har uppdaterats från Postis adresstjänst den 2.1.2026.",
            en: "Your address was updated from Posti's address service on 2 January 2026.")
        let copy = LocalizedText(
            fi: "asiakastiedot-2026-0015.pdf", sv: "kunduppgifter-2026-0015.pdf", en: "customer-data-2026-0015.pdf")
        return AccessInformation(
            categories: categories[language], purposes: purposes[language], recipients: recipients[language],
            retention: retention[language], source: source[language],
            automatedDecisions: AccessInformation.noneValue, transfers: AccessInformation.noneValue,
            copies: [copy[language]])
    }
}
