/// Rules for the data subject's rights that GDPR Art. 13(2)(b) and (d) require a notice to mention.
///
/// A right counts as mentioned when any heading or paragraph uses one of its words in Finnish, Swedish or
/// English, the current GDPR term or the old act's term (*tarkastusoikeus*, *kielto-oikeus*). This is a heuristic:
/// it finds notices that forget a right, not notices that describe it wrongly.
enum RightsRules {
    static func findings(_ context: LintContext) -> [LintFinding] {
        let rights: [(LintRule, NoticeTopic, [String])] = [
            (.missingRightAccess, .rightOfAccess, access),
            (.missingRightRectification, .rightToRectification, rectification),
            (.missingRightErasure, .rightToErasure, erasure),
            (.missingRightRestriction, .rightToRestriction, restriction),
            (.missingRightPortability, .rightToPortability, portability),
            (.missingRightObjection, .rightToObject, objection),
            (.missingRightComplaint, .complaint, complaint),
        ]
        var findings: [LintFinding] = []
        for (rule, topic, words) in rights {
            let headed = context.notice.sections.contains { $0.topics.contains(topic) }
            let named =
                context.mentions(words)
                || (topic == .complaint
                    && context.units.contains { !AuthorityMentions.mentions(in: $0.folded).isEmpty })
            if !headed && !named { findings.append(LintFinding(rule, line: nil, quote: "")) }
        }
        return findings
    }

    static let access = [
        "tarkastusoikeu", "tarkastaa", "tarkistaa", "tarkastuspyyn", "paasy tietoihin", "oikeus saada paasy",
        "paasyoikeu", "tutustua", "jaljennos", "ratt till tillgang", "ratt att fa tillgang", "tillgang till",
        "registerutdrag", "right of access", "right to access", "access to your", "access your", "copy of your",
        "tarkastami", "tarkistami", "tarkastukse", "tarkistukse", "access right", "right to check", "right to inspect", "right to see", "ratt att granska", "granska dina",
        "ratt att kontrollera", "insyn",
    ]
    static let rectification = [
        "oikaise", "oikaisu", "oikaista", "korjaa", "korjaus", "korjata", "rattelse", "ratta", "rectif", "correct",
    ]
    static let erasure = [
        "poista", "poisto", "poistet", "unohdetuksi", "havittam", "havitet", "radera", "radering", "bortglomd", "erase",
        "erasure",
        "delete", "deletion", "forgotten",
    ]
    static let restriction = [
        "rajoitta", "rajoitus", "begransning", "begransa", "restrict", "limit processing", "limit the processing",
        "limitation of processing", "right to limit",
    ]
    static let portability = [
        "jarjestelmasta toiseen", "siirrettavyy", "siirtaa omat tieto", "siirtaa tietonsa", "dataportabilitet",
        "portabilitet", "flytta", "overfora dina", "portability", "portable", "transmit your",
        "siirtaa ne toise", "siirtaa tiedot toise", "toiselle rekisterinpitajalle", "koneluettava", "overfora uppgift",
        "overfora personuppgift", "annan personuppgiftsansvarig", "maskinlasbar", "another controller",
        "machine-readable", "machine readable",
    ]
    static let objection = [
        "vastustaa", "vastustamis", "kieltaa", "kielto-oikeu", "invanda", "invandning", "motsatta", "object to",
        "objection", "right to object",
    ]
    static let complaint = [
        "valitus", "valituks", "valittaa", "kantelu", "valvontaviranomai", "klagomal", "klaga", "tillsynsmyndighet",
        "complaint", "supervisory authority", "lodge",
    ]
}
