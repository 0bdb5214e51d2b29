import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams one XML part of a workbook through callbacks, so that no tree of the document is ever built: memory
/// stays at the part's bytes plus what the callbacks keep.
///
/// Element and attribute names are given without their namespace prefix (`x:row` is `row`, `r:id` is `id`), since
/// writers differ in the prefixes they use. A part that declares a document type (`<!DOCTYPE`, the door to entity
/// expansion and external entities) is refused before parsing: no workbook part needs one.
final class XMLEvents: NSObject, XMLParserDelegate {
    /// Called at each start tag with the element's local name and its attributes by local name.
    private let start: (String, [String: String]) throws(SheetError) -> Void
    /// Called at each end tag with the element's local name.
    private let end: (String) throws(SheetError) -> Void
    /// Called with character data.
    private let text: (String) -> Void
    /// The first error a callback threw; parsing stops there.
    private var failure: SheetError?
    /// Whether the parser reported the document not well-formed.
    private var malformed = false

    private init(
        start: @escaping (String, [String: String]) throws(SheetError) -> Void,
        end: @escaping (String) throws(SheetError) -> Void, text: @escaping (String) -> Void
    ) {
        self.start = start
        self.end = end
        self.text = text
    }

    /// Parses `data`, the part at `part`, calling the callbacks in document order.
    /// - Throws: ``SheetError/malformedPart(_:)`` if the part is not well-formed or declares a document type; the
    ///   first error a callback throws.
    static func parse(
        _ data: Data, part: String,
        start: @escaping (String, [String: String]) throws(SheetError) -> Void,
        end: @escaping (String) throws(SheetError) -> Void = { _ in },
        text: @escaping (String) -> Void = { _ in }
    ) throws(SheetError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .malformedPart(part)
        }
        let events = XMLEvents(start: start, end: end, text: text)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = events
        let parsed = parser.parse()
        if let failure = events.failure { throw failure }
        // On Linux `parse()` can return true for a document that ends early; the error is still reported.
        guard parsed, !events.malformed, parser.parserError == nil else { throw .malformedPart(part) }
    }

    /// A name without its namespace prefix.
    private static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        var local: [String: String] = [:]
        for (key, value) in attributes {
            // `xmlns` declarations are not attributes of the element.
            guard key != "xmlns", !key.hasPrefix("xmlns:") else { continue }
            local[Self.local(key)] = value
        }
        do throws(SheetError) {
            try start(Self.local(elementName), local)
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        guard failure == nil else { return }
        do throws(SheetError) {
            try end(Self.local(elementName))
        } catch {
            failure = error
            parser.abortParsing()
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        malformed = true
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
        malformed = true
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text(string)
    }
}
