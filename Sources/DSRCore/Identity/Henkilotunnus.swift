import Foundation

/// A Finnish personal identity code (*henkilötunnus*), `DDMMYYCZZZQ`, validated.
///
/// Source: legal-facts § 6. The century sign is `+` (1800s), `-` or `Y X W V U` (1900s), `A` or `B C D E F` (2000s;
/// the letters since 1 January 2023). Since 2023 the sign distinguishes people, so it is kept as given. The control
/// character is the remainder of the nine-digit number `DDMMYYZZZ` mod 31, indexed into
/// `0123456789ABCDEFHJKLMNPRSTUVWXY`. Tietosuojalaki § 29: the code must not be entered needlessly on documents
/// drawn up from a register, so dsr prints only ``masked``.
public struct Henkilotunnus: Sendable, Hashable {
    /// The code as given (upper-cased), for matching only; never print it.
    public let value: String
    /// The date of birth.
    public let birthDate: CivilDate

    private static let controlCharacters = Array("0123456789ABCDEFHJKLMNPRSTUVWXY")

    /// Validates a code: format, a real date of birth, a known century sign and the control character.
    public init?(_ text: String) {
        let code = Array(text.trimmingCharacters(in: .whitespaces).uppercased())
        guard code.count == 11 else { return nil }
        let digits = code[0..<6] + code[7..<10]
        guard digits.allSatisfy(\.isASCIIDigit), let number = Int(String(digits)),
            let day = Int(String(code[0..<2])), let month = Int(String(code[2..<4])), let yy = Int(String(code[4..<6]))
        else { return nil }
        let century: Int
        switch code[6] {
        case "+": century = 1800
        case "-", "Y", "X", "W", "V", "U": century = 1900
        case "A", "B", "C", "D", "E", "F": century = 2000
        default: return nil
        }
        guard let date = CivilDate(year: century + yy, month: month, day: day),
            Henkilotunnus.controlCharacters[number % 31] == code[10]
        else { return nil }
        self.value = String(code)
        self.birthDate = date
    }

    /// The form dsr prints: the date part and century sign, the rest hidden (`131052-****`).
    public var masked: String {
        String(value.prefix(7)) + "****"
    }
}
