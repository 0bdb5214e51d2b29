import DSRCases
import DSRCore
import Foundation
import HTTPTypes
import Hummingbird

/// Guards the browser interface's pages: a request needs a live session (else it is sent to the sign-in page), whose
/// user still has the role and sessions generation it signed in with (a password or role change, or a disabled
/// user, ends it); a POST needs the session's CSRF token in its form (else 403, and nothing changes).
///
/// It puts the session, the form and the page language in the context (``WebRequestState``) and the user as the
/// principal, so that every change is recorded with the signed-in user as its actor.
struct WebSessionMiddleware: RouterMiddleware {
    /// The register's use cases.
    let service: CaseService
    /// The sessions.
    let sessions: WebSessions
    /// The clock.
    let today: @Sendable () throws -> Today
    /// The largest form accepted (1 MiB, as the API's bodies).
    static let formLimit = 1_048_576

    /// Checks the session (and CSRF token) and passes the request on, or answers.
    func handle(
        _ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response
    ) async throws -> Response {
        let language = WebCookies.language(of: request.headers)
        let now = try today().now
        guard let id = WebCookies.value(WebCookies.session, in: request.headers),
            let session = await sessions.session(id: id, now: now)
        else { return WebPages.redirect("/sign-in") }
        guard let state = try await service.sessionState(of: session.principal.name),
            state.sessionsGeneration == session.generation, state.principal == session.principal
        else {
            await sessions.end(id: id)
            return WebPages.redirect("/sign-in")
        }
        var form = WebForm(urlencoded: "")
        var request = request
        if request.method == .post {
            let body = try await request.collectBody(upTo: Self.formLimit)
            form = WebForm(urlencoded: String(buffer: body))
            guard let token = form.fields.first(where: { $0.name == "csrf" })?.value,
                WebSessions.constantTimeEqual(token, session.csrfToken)
            else {
                return WebRoutes.errorPage(
                    status: .forbidden,
                    message: language == .fi
                        ? "Lomakkeen tarkiste puuttuu tai on väärä; mitään ei muutettu. Lataa sivu uudelleen."
                        : "The form's check token is missing or wrong; nothing was changed. Reload the page.",
                    language: language, session: session)
            }
        }
        var context = context
        context.principal = state.principal
        context.web = WebRequestState(session: session, form: form, language: language)
        return try await next(request, context)
    }
}
