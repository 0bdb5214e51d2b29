/// A Finnish non-working day on which a statutory period cannot end (Laki 150/1930 § 5 and the church holidays).
///
/// Source: Laki säädettyjen määräaikain laskemisesta 150/1930 § 5 (211/1938, 358/1966) names Sundays and church
/// holidays (*pyhäpäivä*), Independence Day, May Day, Christmas Eve, Midsummer Eve and Saturdays; the church holidays
/// and the Midsummer and All Saints' rules follow Kirkkolaki 1054/1993 4:3 (legal-facts §§ 5.1–5.2).
public enum FinnishHoliday: String, Sendable, CaseIterable, Codable {
    /// New Year's Day, 1 January (uudenvuodenpäivä).
    case newYearsDay = "new-years-day"
    /// Epiphany, 6 January (loppiainen).
    case epiphany
    /// Good Friday, Easter Sunday − 2 (pitkäperjantai).
    case goodFriday = "good-friday"
    /// Easter Sunday, by the Gregorian computus (pääsiäispäivä).
    case easterSunday = "easter-sunday"
    /// Easter Monday, Easter Sunday + 1 (2. pääsiäispäivä).
    case easterMonday = "easter-monday"
    /// May Day, 1 May (vapunpäivä), named in 150/1930 § 5.
    case mayDay = "may-day"
    /// Ascension Day, Easter Sunday + 39 (helatorstai).
    case ascensionDay = "ascension-day"
    /// Whit Sunday, Easter Sunday + 49 (helluntai).
    case whitSunday = "whit-sunday"
    /// Midsummer Eve, the Friday between 19 and 25 June (juhannusaatto), named in 150/1930 § 5.
    case midsummerEve = "midsummer-eve"
    /// Midsummer Day, the Saturday between 20 and 26 June (juhannuspäivä).
    case midsummerDay = "midsummer-day"
    /// All Saints' Day, the Saturday between 31 October and 6 November (pyhäinpäivä).
    case allSaintsDay = "all-saints-day"
    /// Independence Day, 6 December (itsenäisyyspäivä), Act 388/1937.
    case independenceDay = "independence-day"
    /// Christmas Eve, 24 December (jouluaatto), named in 150/1930 § 5.
    case christmasEve = "christmas-eve"
    /// Christmas Day, 25 December (joulupäivä).
    case christmasDay = "christmas-day"
    /// St Stephen's Day, 26 December (tapaninpäivä).
    case stStephensDay = "st-stephens-day"

    /// The holiday's name in Finnish, Swedish and English.
    public var names: LocalizedText {
        switch self {
        case .newYearsDay: LocalizedText(fi: "uudenvuodenpäivä", sv: "nyårsdagen", en: "New Year's Day")
        case .epiphany: LocalizedText(fi: "loppiainen", sv: "trettondagen", en: "Epiphany")
        case .goodFriday: LocalizedText(fi: "pitkäperjantai", sv: "långfredagen", en: "Good Friday")
        case .easterSunday: LocalizedText(fi: "pääsiäispäivä", sv: "påskdagen", en: "Easter Sunday")
        case .easterMonday: LocalizedText(fi: "2. pääsiäispäivä", sv: "annandag påsk", en: "Easter Monday")
        case .mayDay: LocalizedText(fi: "vapunpäivä", sv: "första maj", en: "May Day")
        case .ascensionDay: LocalizedText(fi: "helatorstai", sv: "Kristi himmelsfärdsdag", en: "Ascension Day")
        case .whitSunday: LocalizedText(fi: "helluntai", sv: "pingstdagen", en: "Whit Sunday")
        case .midsummerEve: LocalizedText(fi: "juhannusaatto", sv: "midsommarafton", en: "Midsummer Eve")
        case .midsummerDay: LocalizedText(fi: "juhannuspäivä", sv: "midsommardagen", en: "Midsummer Day")
        case .allSaintsDay: LocalizedText(fi: "pyhäinpäivä", sv: "alla helgons dag", en: "All Saints' Day")
        case .independenceDay:
            LocalizedText(fi: "itsenäisyyspäivä", sv: "självständighetsdagen", en: "Independence Day")
        case .christmasEve: LocalizedText(fi: "jouluaatto", sv: "julafton", en: "Christmas Eve")
        case .christmasDay: LocalizedText(fi: "joulupäivä", sv: "juldagen", en: "Christmas Day")
        case .stStephensDay: LocalizedText(fi: "tapaninpäivä", sv: "annandag jul", en: "St Stephen's Day")
        }
    }

    /// Whether the day is one of the eves (Midsummer Eve, Christmas Eve) that 150/1930 § 5 names but that are not
    /// church holidays; whether Finland notified them as public holidays under Regulation 1182/71 Art. 2(1) is
    /// UNCONFIRMED (legal-facts § 5.3).
    public var isEve: Bool {
        switch self {
        case .midsummerEve, .christmasEve: true
        case .newYearsDay, .epiphany, .goodFriday, .easterSunday, .easterMonday, .mayDay, .ascensionDay, .whitSunday,
            .midsummerDay, .allSaintsDay, .independenceDay, .christmasDay, .stStephensDay:
            false
        }
    }
}
