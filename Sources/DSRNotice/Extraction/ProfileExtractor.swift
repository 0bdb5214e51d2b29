import DSRCore

/// Builds the controller profiles and the field records from the sections of a notice.
///
/// Party fields (name, business ID, address, phone, e-mail, contact person, DPO) belong to each controller. Notice
/// fields (register, date, purposes, legal basis, data, sources, recipients, transfers, retention, automated
/// decisions, authority) are shared: every controller's profile carries them, and ``NoticeField`` records them once,
/// for controller 0. A field the notice does not give stays `nil`.
enum ProfileExtractor {
    /// The result of extraction.
    struct Result {
        /// The controllers' profiles, first is the primary one; empty when no party detail was found.
        var controllers: [ControllerProfile]
        /// The primary profile (also when no controller is named).
        var profile: ControllerProfile
        /// Every value with its source.
        var fields: [NoticeField]
    }

    /// Extracts the profiles.
    ///
    /// - Parameters:
    ///   - sections: The notice's sections.
    ///   - pageTitle: An HTML page's `<title>` with its line, read for the controller's name when nothing else
    ///     names it (``PageTitle``).
    static func extract(from sections: [NoticeSection], pageTitle: (text: String, line: Int)? = nil) -> Result {
        var entries = controllerEntries(sections)
        // No controller heading, or one without a name: the page's contact block (see FallbackParty).
        if entries.first?[.name] == nil, let fallback = FallbackParty.party(in: sections) {
            if entries.isEmpty { entries = [fallback] } else { entries[0].merge(fallback) }
        }
        if entries.first?[.name] == nil, let labelled = FallbackParty.labelledParty(in: sections) {
            if entries.isEmpty { entries = [labelled] } else { entries[0].merge(labelled) }
        }
        if entries.isEmpty { entries = [PartyEntry()] }
        if entries[0][.name] == nil,
            let name =
                FallbackParty.proseName(in: sections) ?? FallbackParty.bylineName(in: sections)
                ?? FallbackParty.subjectName(in: sections) ?? FallbackParty.titleName(in: sections)
                ?? FallbackParty.identityLineName(in: sections)
                ?? FallbackParty.copyrightOwner(in: sections).map({ FallbackParty.withLegalForm($0, in: sections) })
                ?? BrandName.name(in: sections).map({ FallbackParty.withLegalForm($0, in: sections) })
                ?? titleName(pageTitle, in: sections)
        {
            entries[0].set(.name, name.value, line: name.line, raw: name.raw)
            // "Rekisterinpitäjänä toimii Matti Esimerkki, matti@esimerkki.fi": the e-mail right after the name in
            // its sentence is the controller's.
            if entries[0][.email] == nil, let email = FallbackParty.emailAfterName(name.value, in: name.raw) {
                entries[0].set(.email, email, line: name.line, raw: name.raw)
            }
            // "Personuppgiftsansvarig är Exempel AB, org.nr …, Gatan 12, 111 22 Orten, info@exempel.se.": the details
            // that follow the name in its sentence are the controller's.
            for token in FallbackParty.detailsAfterName(name.value, in: name.raw) {
                switch token.field {
                case .businessID:
                    if entries[0][.businessID] == nil, entries[0].invalidBusinessIDs.isEmpty,
                        let id = BusinessIDCheck.validated(token.value)
                    {
                        entries[0].set(.businessID, id, line: name.line, raw: name.raw)
                    }
                case .address, .email, .phone:
                    if entries[0][token.field] == nil {
                        entries[0].set(token.field, token.value, line: name.line, raw: name.raw)
                    }
                default:
                    break
                }
            }
        }
        // The business ID given only in the page's contact block (its footer) outside the controller's sections, next
        // to the controller's own address or e-mail: the same party, so the ID is the controller's.
        if entries[0][.name] != nil, entries[0][.businessID] == nil, entries[0].invalidBusinessIDs.isEmpty,
            let footer = FallbackParty.party(in: sections.filter { !$0.topics.contains(.controller) }),
            let id = footer.values[.businessID],
            [ProfileField.email, .address].contains(where: { field in
                guard let own = entries[0][field], let theirs = footer[field] else { return false }
                return TextFold.compact(own) == TextFold.compact(theirs)
            })
        {
            entries[0].set(.businessID, id.value, line: id.line, raw: id.raw)
        }
        // The page's only business ID, in a block that names nobody ("Y-tunnus: 1234567-8" under the footer's
        // links) outside the sections about recipients, transfers and the authority, and after the controller's own
        // lines (a page without further headings leaves its footer in the controller's section): the page owner's,
        // so the controller's. An ID next to another party's name, one of two IDs, or one beside another postal
        // address or an e-mail at another domain than the controller's, is left alone.
        let aboutOthers: [NoticeTopic] = [.recipients, .transfers, .complaint]
        let controllerEnds = entries[0].values.values.map(\.line).max() ?? 0
        let outside = sections.compactMap { section -> NoticeSection? in
            guard !section.topics.contains(where: aboutOthers.contains) else { return nil }
            guard section.topics.contains(.controller) else { return section }
            var rest = section
            rest.heading = nil
            rest.blocks = section.blocks.filter { $0.line > controllerEnds }
            return rest.blocks.isEmpty ? nil : rest
        }
        if entries[0][.name] != nil, entries[0][.businessID] == nil, entries[0].invalidBusinessIDs.isEmpty,
            FallbackParty.validBusinessIDs(in: sections).count == 1, let footer = FallbackParty.party(in: outside),
            footer[.name] == nil, let id = footer.values[.businessID], !Self.differs(entries[0], footer)
        {
            entries[0].set(.businessID, id.value, line: id.line, raw: id.raw)
        }
        if entries[0][.name] != nil, entries[0][.address] == nil,
            let address = FallbackParty.addressAfterName(entries[0][.name] ?? "", in: sections)
        {
            entries[0].set(.address, address.value, line: address.line, raw: address.raw)
        }
        if let name = entries[0][.name], entries[0][.email] == nil,
            let email = FallbackParty.emailUnderName(name, in: sections)
        {
            entries[0].set(.email, email.value, line: email.line, raw: email.raw)
        }
        if let section = sections.first(where: {
            $0.topics.contains(.contactPerson) && !$0.topics.contains(.controller)
        }) {
            var merged = entries[0]
            merged.merge(PartyParser.contact(in: section))
            entries[0] = merged
        }
        if entries[0][.dataProtectionOfficer] == nil,
            let section = sections.first(where: {
                $0.topics.contains(.dataProtectionOfficer) && !$0.topics.contains(.controller)
            }), let officer = PartyParser.dataProtectionOfficer(in: section)
        {
            entries[0].set(.dataProtectionOfficer, officer.value, line: officer.line, raw: officer.raw)
        }

        // The contact person's or officer's address written against harvesters ("aki.lassila(at)helsinki.fi") is
        // the only address a reader can use: it becomes the e-mail, decoded. (A plain address stays in the details.)
        if entries[0][.email] == nil {
            for field in [ProfileField.contactDetails, .dataProtectionOfficer] {
                guard let details = entries[0].values[field], !details.value.contains("@"),
                    let email = PartyTokens(details.value).first(.email)?.value
                else { continue }
                entries[0].set(.email, email, line: details.line, raw: details.raw)
                break
            }
        }
        if entries[0][.email] == nil, entries[0][.contactDetails]?.contains("@") != true,
            let email = FallbackParty.contactEmail(in: sections)
        {
            entries[0].set(.email, email.value, line: email.line, raw: email.raw)
        }

        // Nothing above gave the e-mail: the notice's only address. (A plain address in the contact person's details
        // stays there, as above.)
        if entries[0][.email] == nil, entries[0][.contactDetails]?.contains("@") != true,
            let email = FallbackParty.onlyEmail(in: sections)
        {
            entries[0].set(.email, email.value, line: email.line, raw: email.raw)
        }

        let shared = noticeFields(sections)
        var fields: [NoticeField] = []
        var profiles: [ControllerProfile] = []
        for (index, entry) in entries.enumerated() {
            var profile = ControllerProfile()
            for field in ProfileField.allCases {
                if let value = entry.values[field] {
                    field.set(value.value, in: &profile)
                    var record = value
                    record.controller = index
                    fields.append(record)
                } else if let value = shared[field] {
                    field.set(value.value, in: &profile)
                    if index == 0 { fields.append(value) }
                }
            }
            for invalid in entry.invalidBusinessIDs {
                var record = invalid
                record.controller = index
                fields.append(record)
            }
            profiles.append(profile)
        }
        let named = entries.enumerated().filter { !$0.element.isEmpty }.map { profiles[$0.offset] }
        let primary = profiles.first ?? ControllerProfile()
        fields.sort { ($0.controller, $0.line) < ($1.controller, $1.line) }
        return Result(controllers: named, profile: primary, fields: fields)
    }

    /// The controller's name from the page's title (``PageTitle``), with the legal form the notice writes after it.
    private static func titleName(_ title: (text: String, line: Int)?, in sections: [NoticeSection]) -> NoticeField? {
        guard let title, let name = PageTitle.name(title, in: sections) else { return nil }
        return FallbackParty.withLegalForm(name, in: sections)
    }

    /// The controllers of every controller section, merged by name.
    private static func controllerEntries(_ sections: [NoticeSection]) -> [PartyEntry] {
        var entries: [PartyEntry] = []
        for section in sections where section.topics.contains(.controller) {
            for entry in PartyParser.controllers(in: section) {
                let name = entry[.name].map(TextFold.compact)
                if let name, let existing = entries.firstIndex(where: { $0[.name].map(TextFold.compact) == name }) {
                    entries[existing].merge(entry)
                } else if name == nil, !entries.isEmpty {
                    entries[entries.count - 1].merge(entry)
                } else {
                    entries.append(entry)
                }
            }
        }
        return entries
    }

    /// The fields every controller shares.
    private static func noticeFields(_ sections: [NoticeSection]) -> [ProfileField: NoticeField] {
        var result: [ProfileField: NoticeField] = [:]
        func record(_ field: ProfileField, _ value: String?, line: Int, raw: String) {
            guard let value, !value.isEmpty, result[field] == nil else { return }
            result[field] = NoticeField(field: field, value: value, line: line, raw: raw)
        }
        func text(of topic: NoticeTopic, excluding excluded: Set<NoticeTopic> = []) -> (String, Int)? {
            let chosen = sections.filter { $0.topics.contains(topic) && !$0.isEmpty }
                .filter { section in !section.topics.contains { excluded.contains($0) } }
            guard let first = chosen.first else { return nil }
            return (chosen.map(\.text).joined(separator: "\n"), first.bodyLine)
        }

        for section in sections where section.topics.contains(.registerName) {
            guard let first = section.blocks.first(where: { !$0.text.isEmpty }) else { continue }
            record(.registerName, TextCleanup.trimTrailing(first.text), line: first.line, raw: first.text)
            if section.topics.contains(.purposes) {
                let rest = section.blocks.drop { $0 != first }.dropFirst()
                let purposes = rest.map { $0.kind == .listItem ? "- " + $0.text : $0.text }.joined(separator: "\n")
                record(.purposes, purposes, line: rest.first?.line ?? first.line, raw: purposes)
            }
        }
        if let date = DateFinder.noticeDate(in: sections) { result[.noticeDate] = date }
        if let (value, line) = text(of: .purposes, excluding: [.registerName]) {
            record(.purposes, value, line: line, raw: value)
        }
        if let (value, line) = text(of: .legalBasis, excluding: [.purposes]) {
            record(.legalBasis, value, line: line, raw: value)
        }
        if result[.legalBasis] == nil {
            for section in sections where section.topics.contains(.legalBasis) || section.topics.contains(.purposes) {
                let sentences = LegalBasisFinder.sentences(in: section)
                if let first = sentences.first {
                    let value = sentences.map(\.text).joined(separator: " ")
                    record(.legalBasis, value, line: first.line, raw: section.text)
                }
            }
        }
        if let (value, line) = text(of: .legitimateInterest) { record(.legalBasis, value, line: line, raw: value) }
        let categories = DataItems.items(in: sections.filter { $0.topics.contains(.dataCategories) })
        if let first = categories.first {
            let value = categories.map(\.text).joined(separator: "\n")
            record(.dataCategories, value, line: first.line, raw: value)
        }
        let plain: [(ProfileField, NoticeTopic)] = [
            (.sources, .sources), (.recipients, .recipients), (.transfers, .transfers), (.retention, .retention),
            (.automatedDecisions, .automatedDecisions),
        ]
        for (field, topic) in plain {
            if let (value, line) = text(of: topic) { record(field, value, line: line, raw: value) }
        }
        if let authority = AuthorityMentions.quote(in: sections) { result[.authorityAsQuoted] = authority }
        return result
    }

    /// Whether a block gives another postal address than the controller's, or an e-mail at another domain.
    private static func differs(_ controller: PartyEntry, _ other: PartyEntry) -> Bool {
        if let own = controller[.address], let theirs = other[.address],
            TextFold.compact(own) != TextFold.compact(theirs)
        {
            return true
        }
        func domain(_ email: String) -> String { email.split(separator: "@").last.map { $0.lowercased() } ?? "" }
        if let own = controller[.email], let theirs = other[.email], domain(own) != domain(theirs) { return true }
        return false
    }
}
