import Foundation
import Hummingbird
import Logging

/// Logs one line per request at the `info` level: the method, the route template (`/api/v1/requests/{case}`, never
/// the raw path, which names a case, nor the query string, which may hold a search text), the status, the duration
/// in milliseconds and Hummingbird's request id. Never a header, a body or a token.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Where the lines go.
    public let logger: Logger

    /// Creates the middleware writing to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Times the request and logs its line once it is answered.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Nothing below should throw (ProblemMiddleware answers every error), but a line is logged all the same.
            log(request, context: context, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
        log(request, context: context, status: response.status.code, since: start)
        return response
    }

    /// Writes the line.
    private func log(_ request: Request, context: Context, status: Int, since start: ContinuousClock.Instant) {
        logger.info(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "route": "\(context.endpointPath ?? "unmatched")",
                "status": "\(status)",
                "ms": "\(Self.milliseconds(start.duration(to: .now)))",
                "id": "\(context.logger[metadataKey: "hb.request.id"] ?? "-")",
            ])
    }

    /// A duration in milliseconds to a tenth, rounded (`12.3`): with integers, not `String(format:)`, which costs
    /// more than the rest of the line on every request (docs/performance.md).
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let tenths = (microseconds + 50) / 100
        return "\(tenths / 10).\(tenths % 10)"
    }
}
