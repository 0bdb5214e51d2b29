import Testing

@testable import DSRCore

@Suite struct ImportHeaderMappingTests {
    @Test func everyHeaderProblemIsReportedInOneRunWithTheClosestMatch() {
        #expect(
            throws: ImportError.invalidHeader([
                .unknown("Saapunu", position: 2, closest: .received),
                .unknown("Sähköpostii", position: 4, closest: .email),
                .unknown("Käsittelijä", position: 5, closest: nil),
                .duplicate("Laji", position: 6, column: .kind, first: 1),
                .missing(.received, closest: .init(name: "Saapunu", position: 2)),
            ])
        ) {
            try ImportHeader(["laji", "Saapunu", "Nimi", "Sähköpostii", "Käsittelijä", "Laji"])
        }
        let error = try? ImportHeader(["laji", "Saapunu", "nimi"])
        #expect(error == nil)
    }

    @Test func theClosestMatchIsOfferedOnlyWhenCloseEnough() {
        #expect(ImportColumn.closest(to: "SAHKOPOSTI osoite") == nil)
        #expect(ImportColumn.closest(to: "emial") == .email)
        #expect(ImportColumn.closest(to: "Puhelinumero") == .phone)
        #expect(ImportColumn.closest(to: "colour") == nil)
        #expect(ImportColumn.closest(to: "x") == nil)
        #expect(EditDistance.between("saapunu", "saapunut") == 1)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("emial", "email") == 1)
    }

    @Test func mappedAndIgnoredHeadersAreReadThroughTheMapping() throws {
        var mapping = ImportColumnMapping()
        try mapping.map("Saapunut pvm=received", source: .options)
        try mapping.map("Asiakas", to: "nimi", source: .options)
        try mapping.ignore("käsittelijä", source: .options)
        let header = try ImportHeader(["laji", "SAAPUNUT PVM", "Käsittelijä", "asiakas"], mapping: mapping)
        #expect(header.columns == [.kind, .received, nil, .name])
        guard case .row(let row) = header.row(CSVParser.Record(line: 2, fields: ["access", "2026-10-01", "Lea", "A"]))
        else {
            Issue.record("expected a row")
            return
        }
        #expect(row[.name] == "A")
        #expect(row[.received] == "2026-10-01")
        // Ignoring a required column leaves it missing
        var without = ImportColumnMapping()
        try without.ignore("nimi", source: .options)
        #expect(throws: ImportError.invalidHeader([.missing(.name, closest: nil)])) {
            try ImportHeader(["kind", "received", "nimi"], mapping: without)
        }
    }

    @Test func aMappingToNoColumnNamesTheKeyAndItsSourceDecidesTheExit() {
        var mapping = ImportColumnMapping()
        #expect(throws: ImportMappingError(source: .options, problem: .unknownTarget(header: "Sähköposti"))) {
            try mapping.map("Sähköposti=colour", source: .options)
        }
        #expect(ImportMappingError(source: .options, problem: .notAnAssignment).category == .usage)
        #expect(ImportMappingError(source: .file, problem: .empty).category == .invalidData)
        #expect(throws: ImportMappingError(source: .options, problem: .notAnAssignment)) {
            try mapping.map("Sähköposti", source: .options)
        }
        let message = ImportMappingError(source: .file, problem: .unknownTarget(header: "Sähköposti")).errorDescription
        #expect(message?.contains("'Sähköposti'") == true)
        #expect(message?.contains("colour") == false)
    }

    @Test func aMappingFileIsReadAndValidated() throws {
        let mapping = try ImportColumnMapping(
            yaml: """
                columns:
                  "Sähköposti": email
                  Saapunut pvm: saapunut
                ignore: [Käsittelijä, "Muistiinpanot"]
                """)
        #expect(
            mapping.entries == [
                .init(header: "Sähköposti", column: .email),
                .init(header: "Saapunut pvm", column: .received),
            ])
        #expect(mapping.ignored == ["Käsittelijä", "Muistiinpanot"])
        #expect(mapping.lookup("sahkoposti") == .column(.email))
        #expect(mapping.lookup("MUISTIINPANOT") == .ignored)
        #expect(mapping.lookup("nimi") == .unmapped)

        #expect(throws: ImportMappingError(source: .file, problem: .unknownTarget(header: "Sähköposti"))) {
            try ImportColumnMapping(yaml: "columns:\n  Sähköposti: colour\n")
        }
        #expect(throws: ImportMappingError(source: .file, problem: .mappedAndIgnored(header: "Huom"))) {
            try ImportColumnMapping(yaml: "columns: {Huom: note}\nignore: [Huom]\n")
        }
        #expect(throws: ImportMappingError(source: .file, problem: .empty)) { try ImportColumnMapping(yaml: "") }
        #expect(throws: ImportMappingError.self) { try ImportColumnMapping(yaml: "colums: {A: email}\n") }
        #expect(throws: ImportMappingError.self) { try ImportColumnMapping(yaml: "columns: [email]\n") }
        #expect(throws: ImportMappingError(source: .file, problem: .notYAML(line: 2))) {
            // The flow sequence is still open at the end of the file, on line 2
            try ImportColumnMapping(yaml: "columns: {A: [\n")
        }
    }

    @Test func theTemplateUsesTheMappedHeaderNames() throws {
        var mapping = ImportColumnMapping()
        try mapping.map("Sähköposti=email", source: .options)
        let line = RequestExport.csvTemplate(mapping: mapping)
        #expect(line.hasPrefix("reference,kind,received,name,Sähköposti,phone,"))
        #expect(!line.contains("case"))
        #expect(try ImportHeader(line.split(separator: ",").map(String.init), mapping: mapping).columns.count == 18)
    }

    @Test func finnishWordsAndDatesAreReadAsEnglishOnes() {
        #expect(Channel(name: "posti") == .post)
        #expect(Channel(name: "Sähköposti") == .email)
        #expect(Channel(name: "sahkoposti") == .email)
        #expect(Channel(name: "verkkolomake") == .webForm)
        #expect(Channel(name: "fax") == nil)
        #expect(RequestKind(name: "tarkastuspyyntö") == .access)
        #expect(Language(name: "suomi") == .fi)
        #expect(CivilDate(reading: "5.10.2026") == CivilDate(year: 2026, month: 10, day: 5))
        #expect(CivilDate(reading: "05.10.2026") == CivilDate(year: 2026, month: 10, day: 5))
        #expect(CivilDate(reading: "5.10.2026 14:30") == CivilDate(year: 2026, month: 10, day: 5))
        #expect(CivilDate(reading: "31.2.2026") == nil)
        #expect(throws: InputError.yearOutOfRange(field: "--received", year: 1989)) {
            try CivilDate.given("5.10.1989", field: "--received")
        }
        #expect(throws: InputError.self) { try CivilDate.given("5.10.2026 kello", field: "--received") }
    }
}
