import DSRCore
import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NIOCore

/// The browser interface's page templates (Templates/*.mustache, compiled into the binary) and the responses built
/// from them: each page is rendered, then set inside the layout with the header, navigation and language switch.
struct WebPages: Sendable {
    /// The parsed templates.
    let library: MustacheLibrary

    /// The templates compiled into the binary.
    static let shared = WebPages(files: EmbeddedResources.files)

    /// Parses every `.mustache` file; one that does not parse is left out (a test renders every page).
    init(files: [String: String]) {
        var library = MustacheLibrary()
        for (path, text) in files where path.hasSuffix(".mustache") {
            guard let template = try? MustacheTemplate(string: text) else { continue }
            library.register(template, named: String(path.dropLast(".mustache".count)))
        }
        self.library = library
    }

    /// The Content-Security-Policy of the pages: only the server's own style sheet and script, forms posted to the
    /// server itself, no framing, no inline script.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    /// A page: `template` rendered with `values`, inside the layout.
    func page(
        _ template: String, title: String, values: [String: Any], language: Language, session: WebSession?,
        status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let texts = WebText.texts(language)
        var context = values
        context["t"] = texts
        context["csrf"] = session?.csrfToken ?? ""
        let content = library.render(context, withTemplate: template) ?? ""
        var layout: [String: Any] = [
            "t": texts, "lang": language.rawValue, "title": title, "content": content,
            "otherLanguage": language == .fi ? "en" : "fi",
        ]
        if let session {
            layout["user"] = [
                "name": session.principal.name.rawValue, "role": session.principal.role.rawValue,
                "csrf": session.csrfToken, "mayChange": session.principal.role.maySignChanges,
                "isAdmin": session.principal.role.mayAdminister,
            ]
        }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        if let name = HTTPField.Name("Content-Security-Policy") { fields[name] = Self.contentSecurityPolicy }
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A redirect to `location` after a form (303 See Other: the browser then GETs it).
    static func redirect(_ location: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }
}
