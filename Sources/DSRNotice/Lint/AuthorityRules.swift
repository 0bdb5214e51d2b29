import DSRCore

/// Rules about how the notice names and addresses the supervisory authority.
enum AuthorityRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        outdatedAddresses(context) + names(context)
    }

    private static let partySections: Set<NoticeTopic> = [.controller, .contactPerson, .dataProtectionOfficer]

    /// Former addresses in a passage about the authority: the block itself, or one of the three blocks before it in
    /// the same section, or the section heading names the authority.
    private static func outdatedAddresses(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for (index, unit) in context.units.enumerated() where !unit.topics.contains(where: partySections.contains) {
            let text = unit.folded
            let fragments = OmbudsmanReference.formerAddressFragments.flatMap { fragment in
                text.ranges(of: fragment, wordStart: true).filter { range in
                    !(fragment.first?.isNumber == true && text.isDigitByte(at: range.upperBound))
                }
            }.sorted { $0.lowerBound < $1.lowerBound }
            guard let first = fragments.first else { continue }
            let window = context.units[max(0, index - 3)...index].filter { $0.section == unit.section }
            let aboutAuthority =
                unit.topics.contains(.complaint)
                || window.contains { $0.folded.containsAny(OmbudsmanReference.contextWords) }
            guard aboutAuthority else { continue }
            var end = first.upperBound
            for fragment in fragments.dropFirst() where fragment.lowerBound <= end + 40 {
                end = max(end, fragment.upperBound)
            }
            let range = extend(first.lowerBound..<end, in: text)
            findings.append(
                LintFinding(
                    .outdatedAuthorityAddress, line: context.line(of: first, in: unit),
                    quote: Quote.exact(range, in: text),
                    fix: currentAddressFix(context.authority)))
        }
        return findings
    }

    /// Extends a cluster of address fragments back over "PL 800, " and forward over the city name.
    private static func extend(_ range: Range<Int>, in text: FoldedText) -> Range<Int> {
        var start = range.lowerBound
        // Back over "pl 800, " / "pb 800 ".
        var probe = start
        while probe > 0, text.byte(at: probe - 1) == 0x20 || text.byte(at: probe - 1) == 0x2C { probe -= 1 }
        var digitsStart = probe
        while digitsStart > 0, text.isDigitByte(at: digitsStart - 1) { digitsStart -= 1 }
        if digitsStart < probe, digitsStart >= 3, text.byte(at: digitsStart - 1) == 0x20,
            ["pl", "pb"].contains(String(decoding: text.bytes[(digitsStart - 3)..<(digitsStart - 1)], as: UTF8.self)),
            text.isBoundary(before: digitsStart - 3)
        {
            start = digitsStart - 3
        }
        var end = range.upperBound
        // Forward over a postal code's city, and over the house number after a street name.
        var index = end
        while text.byte(at: index) == 0x20 || text.byte(at: index) == 0x2C { index += 1 }
        var word = index
        while text.isWordByte(at: word) { word += 1 }
        let next = String(decoding: text.bytes[index..<word], as: UTF8.self)
        if ["helsinki", "helsingfors"].contains(next)
            || (next.allSatisfy(\.isNumber) && next.count <= 3 && !next.isEmpty)
        {
            end = word
        }
        return start..<end
    }

    private static func currentAddressFix(_ authority: SupervisoryAuthority?) -> LocalizedText? {
        guard let authority else { return nil }
        func line(_ contact: SupervisoryAuthority.Contact) -> String {
            "\(contact.name), \(contact.visitingAddress); \(contact.postalAddress); \(contact.phone); "
                + "\(contact.email); \(contact.website)"
        }
        return LocalizedText(
            fi: "Korvaa nykyisillä tiedoilla: \(line(authority.fi)).",
            sv: "Ersätt med de nuvarande uppgifterna: \(line(authority.sv)).",
            en: "Replace with the current details: \(line(authority.en)).")
    }

    /// Misspelled or wrong names of the authority.
    private static func names(_ context: LintContext) -> [LintFinding] {
        var findings: [LintFinding] = []
        for unit in context.units {
            for mention in AuthorityMentions.mentions(in: unit.folded) where mention.form != .correct {
                let quote = Quote.exact(mention.range, in: unit.folded)
                let folded = TextFold.compact(quote)
                var message: LocalizedText?
                if folded.contains("lautakun") {
                    message = LocalizedText(
                        fi:
                            "Tietosuojalautakunta lakkautettiin 1.1.2019 (laki 389/1994 kumottiin); "
                            + "valvontaviranomainen "
                            + "on tietosuojavaltuutettu.",
                        sv: "Datasekretessnämnden upphörde 1.1.2019; tillsynsmyndigheten är dataombudsmannen.",
                        en: "The Data Protection Board was abolished on 1 January 2019 (Act 389/1994 repealed); the "
                            + "supervisory authority is the Data Protection Ombudsman.")
                } else if folded.contains("virasto") {
                    message = LocalizedText(
                        fi: "\"Tietosuojavirastoa\" ei ole; valvontaviranomainen on tietosuojavaltuutettu.",
                        sv: "Någon \"Tietosuojavirasto\" finns inte; tillsynsmyndigheten är dataombudsmannen.",
                        en: "There is no \"Tietosuojavirasto\"; the supervisory authority is the Data Protection "
                            + "Ombudsman.")
                }
                findings.append(
                    LintFinding(
                        .authorityName, line: context.line(of: mention.range, in: unit), quote: quote, message: message)
                )
            }
        }
        return findings
    }
}
