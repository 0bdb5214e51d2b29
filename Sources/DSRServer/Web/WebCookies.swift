import DSRCore
import Foundation
import HTTPTypes

/// The browser interface's cookies: the session id (`dsr_session`) and the chosen language (`dsr_lang`).
enum WebCookies {
    /// The session cookie's name.
    static let session = "dsr_session"
    /// The language cookie's name.
    static let language = "dsr_lang"
    /// The sign-in form's CSRF cookie's name: the sign-in page sets a random value in it and in the form, and the
    /// sign-in POST must send both alike (there is no session to hold a token yet).
    static let signIn = "dsr_signin"

    /// A cookie's value in a request's `Cookie` headers, or `nil`.
    static func value(_ name: String, in headers: HTTPFields) -> String? {
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// The `Set-Cookie` value of a session: `HttpOnly`, `SameSite=Strict`, `Path=/`, and `Secure` unless the server
    /// runs with `--insecure-cookies`; no `Max-Age`, so the browser forgets it when it closes.
    static func sessionCookie(_ id: String, secure: Bool) -> String {
        "\(session)=\(id); Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value of the sign-in form's CSRF cookie (`HttpOnly`, `SameSite=Strict`, an hour).
    static func signInCookie(_ token: String, secure: Bool) -> String {
        "\(signIn)=\(token); Path=/sign-in; Max-Age=3600; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value that clears the session cookie (sign-out).
    static func clearedSession(secure: Bool) -> String {
        "\(session)=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value of the chosen language (a year).
    static func languageCookie(_ language: Language, secure: Bool) -> String {
        "\(self.language)=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Strict" + (secure ? "; Secure" : "")
    }

    /// The language of the pages: the language cookie, else the first of Finnish or English in `Accept-Language`
    /// (by its order of preference), else Finnish.
    static func language(of headers: HTTPFields) -> Language {
        if let chosen = value(language, in: headers), let language = Language(rawValue: chosen), language != .sv {
            return language
        }
        guard let accept = headers[.acceptLanguage] else { return .fi }
        var best: (Language, Double)?
        for item in accept.split(separator: ",") {
            let parts = item.split(separator: ";")
            let tag = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=")
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == "q" {
                    quality = Double(pair[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            let language: Language? =
                tag.hasPrefix("fi") ? .fi : tag.hasPrefix("en") ? .en : nil
            guard let language, quality > (best?.1 ?? 0) else { continue }
            best = (language, quality)
        }
        return best?.0 ?? .fi
    }
}
