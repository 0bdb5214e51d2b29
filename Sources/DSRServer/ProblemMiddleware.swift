import DSRCore
import Hummingbird
import Logging

/// Turns every error thrown below it into a problem document (``Problem``): domain errors by their category, a
/// route that does not exist as 404, anything unexpected as 500 with no detail (its type is logged, with the
/// request id, never its message, which might hold request data).
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Where failures of the server itself (status 500 and up) are logged, by their error type and request id.
    public let logger: Logger

    /// Creates the middleware logging to `logger`.
    public init(logger: Logger) {
        self.logger = logger
    }

    /// Passes the request on and answers any error as a problem.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.problem(for: error)
            if problem.status.code >= 500 {
                logger.error(
                    "request failed",
                    metadata: [
                        "error": "\(Problem.slug(of: error))", "type": "\(problem.type)",
                        "id": "\(context.logger[metadataKey: "hb.request.id"] ?? "-")",
                    ])
            }
            return try problem.response(from: request, context: context)
        }
    }

    /// The problem that answers an error.
    static func problem(for error: any Error) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let error as any LocalizedErrorWithCategory:
            return Problem(domain: error)
        case let error as any HTTPResponseError:
            switch error.status {
            case .notFound: return .noRoute
            case .contentTooLarge: return .bodyTooLarge(limit: BodyLimitMiddleware<Context>.limit)
            default:
                return Problem(
                    slug: "http-\(error.status.code)", status: error.status, title: error.status.reasonPhrase,
                    detail: "the request could not be served (\(error.status.reasonPhrase)); nothing was changed.")
            }
        default:
            return .unexpected
        }
    }
}
