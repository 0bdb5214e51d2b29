import DSRCases
import DSRCore
import Foundation
import Hummingbird
import NIOCore

extension APIRoutes {
    /// `GET /calendar.ics?token=…`: the open deadlines as an iCalendar subscription (`dsr calendar`), for a
    /// calendar token (`dsr token create --calendar`) in the query, since calendar applications cannot send a header.
    ///
    /// A calendar token opens this route only, and only to read: an API token in the query is refused (401), and a
    /// calendar token is refused as a bearer token by every other route. The events carry case numbers, kinds and
    /// deadlines, never personal data; the query string never reaches the log (``RequestLogMiddleware`` logs the
    /// route template). Revoking the token (`dsr token revoke`) ends the subscription.
    func calendar(_ request: Request, context: APIContext) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["token"])
        guard let token = query["token"],
            try await service.authenticate(TokenSignIn(token: token, kind: .calendar)) != nil
        else { throw Problem.unauthenticated }
        let moment = try today()
        let open = try await service.openDeadlines(includingClosed: true)
        let text = ICalendarWriter.calendar(
            open.records, internalTargetDays: open.internalTargetDays, stamp: moment.now, today: moment.date)
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
