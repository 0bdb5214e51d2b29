import DSRCore
import Testing

/// `dsr register` and the import take a registration's texts under one table of rules (``RegistrationText``): a
/// value at a field's limit is accepted by both, one character more is refused by both.
struct RegistrationTextTests {
    static let today = CivilDate(year: 2026, month: 11, day: 20) ?? RequestRules.gdprStart
    static let received = CivilDate(year: 2026, month: 11, day: 2) ?? RequestRules.gdprStart

    /// Whether the import accepts a row whose column holds `text`.
    static func importAccepts(_ column: ImportColumn, _ text: String) throws -> Bool {
        var row = ImportRow(line: 2)
        row.set(.kind, to: "access")
        row.set(.received, to: "2026-11-02")
        row.set(.name, to: "Aino Asiakas")
        row.set(column, to: text)
        var checker = ImportRowChecker(workflows: try WorkflowCatalog.builtIn(), today: today)
        if case .request = checker.check(row) { return true }
        return false
    }

    /// Whether a registration with `text` in the field is accepted.
    static func registerAccepts(_ field: RegistrationText, _ text: String) -> Bool {
        var draft = RequestDraft(
            kind: .access, subject: DataSubject(name: "Aino Asiakas"),
            received: received)
        switch field {
        case .name: draft.subject.name = text
        case .email: draft.subject.email = text
        case .phone: draft.subject.phone = text
        case .address: draft.subject.address = text
        case .note: draft.note = text
        case .reference: draft.reference = text
        }
        return (try? RequestRules.validated(draft, today: today)) != nil
    }

    @Test(arguments: RegistrationText.allCases)
    func bothPathsShareEachLimit(_ field: RegistrationText) throws {
        let column = try #require(ImportColumn(rawValue: field.rawValue))
        let suffix = field == .email ? "@example.fi" : ""
        let atLimit = String(repeating: "a", count: field.limit - suffix.count) + suffix
        let overLimit = "a" + atLimit
        #expect(Self.registerAccepts(field, atLimit))
        #expect(try Self.importAccepts(column, atLimit))
        #expect(!Self.registerAccepts(field, overLimit))
        #expect(try !Self.importAccepts(column, overLimit))
    }

    @Test func bothPathsShareTheOtherRules() throws {
        #expect(!Self.registerAccepts(.email, "not an address"))
        #expect(try !Self.importAccepts(.email, "not an address"))
        #expect(Self.registerAccepts(.address, "Katu 1\n00100 Helsinki"))
        #expect(try Self.importAccepts(.address, "Katu 1\n00100 Helsinki"))
        #expect(!Self.registerAccepts(.phone, "040\n123"))
        #expect(try !Self.importAccepts(.phone, "040\n123"))
        let dayBefore = try #require(CivilDate(year: 2018, month: 5, day: 24))
        #expect(!RequestRules.isGDPRRequest(receivedOn: dayBefore))
        #expect(RequestRules.isGDPRRequest(receivedOn: RequestRules.gdprStart))
        #expect(RequestKind.allCases.filter(RequestRules.allowsDirectMarketing) == [.objection])
    }
}
