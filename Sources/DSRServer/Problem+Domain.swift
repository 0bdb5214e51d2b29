import DSRCore
import Foundation
import HTTPTypes

extension Problem {
    /// The problem for a domain error of the libraries, mapped by its ``ErrorCategory`` as the command line maps it
    /// to an exit code: invalid data 422, a refused rule 409, not found 404, usage 400, cannot create 409, storage
    /// 500, temporary failure 503 (with `Retry-After`).
    ///
    /// The type is `urn:dsr:problem:` with the error's type and case in kebab case (`transition-error.not-allowed`),
    /// stable as long as the error is. The detail is the library's message, which names case numbers, fields and
    /// allowed values, never personal data; a storage failure's message (which may name paths and database
    /// reasons) is not passed on.
    public init(domain error: any LocalizedErrorWithCategory) {
        let slug = Self.slug(of: error)
        let field = (error as? InputError)?.field
        let allowed: [String]? =
            if case .unknownValue(_, _, let accepted) = error as? InputError { accepted } else { nil }
        switch error.category {
        case .invalidData:
            self.init(
                slug: slug, status: .unprocessableContent, title: "Invalid data",
                detail: Self.detail(error), field: field, allowed: allowed)
        case .ruleViolation:
            self.init(slug: slug, status: .conflict, title: "Refused by a rule", detail: Self.detail(error))
        case .notFound:
            self.init(slug: slug, status: .notFound, title: "Not found", detail: Self.detail(error))
        case .usage:
            self.init(slug: slug, status: .badRequest, title: "Bad request", detail: Self.detail(error))
        case .cannotCreate:
            self.init(slug: slug, status: .conflict, title: "Cannot create", detail: Self.detail(error))
        case .storage:
            self.init(
                slug: slug, status: .internalServerError, title: "Register failure",
                detail: "the register could not be read or written; nothing was changed. The server's log has "
                    + "the request id.")
        case .temporaryFailure:
            self.init(
                slug: slug, status: .serviceUnavailable, title: "Temporarily unavailable",
                detail: "the register is busy; nothing was changed. Try again shortly.",
                headers: [.retryAfter: "5"])
        }
    }

    /// The library's message, or the title's words when it has none.
    private static func detail(_ error: any LocalizedErrorWithCategory) -> String {
        error.errorDescription ?? "the request failed; nothing was changed."
    }

    /// `TypeName.case-name` in kebab case, from the error's type and enum case (`StoreError.unknownCase(…)` gives
    /// `store-error.unknown-case`); a struct error gives its type alone.
    static func slug(of error: any Error) -> String {
        let type = kebab(String(describing: Swift.type(of: error)))
        let mirror = Mirror(reflecting: error)
        let caseName: String?
        if mirror.displayStyle == .enum {
            caseName =
                mirror.children.first?.label ?? String(describing: error).split(separator: "(").first.map(String.init)
        } else {
            caseName = nil
        }
        return caseName.map { type + "." + kebab($0) } ?? type
    }

    /// `camelCase` or `UpperCamel` as `kebab-case`.
    static func kebab(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                if !result.isEmpty { result += "-" }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
