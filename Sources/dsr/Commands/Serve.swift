import ArgumentParser
import DSRCases
import DSRCore
import DSRServer
import Foundation
import Logging

extension DSR {
    /// `dsr serve`: the register over HTTP (DSRServer), web pages and the JSON API, until SIGTERM or SIGINT.
    struct Serve: AsyncParsableCommand, RegisterCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract:
                "Serve the register over HTTP (web pages and the JSON API; docs/server.md) until SIGTERM or Ctrl-C.",
            discussion: """
                Every API route needs 'Authorization: Bearer TOKEN', a token of the register's own users \
                ('dsr user add NAME --role handler', then 'dsr token create --user NAME --label LABEL'); each change \
                is recorded with the token's user as the actor, and the user's role decides what the token may do. \
                Serve it on loopback, behind a TLS reverse proxy.
                """)

        @OptionGroup var global: GlobalOptions
        @Option(help: ArgumentHelp("The address and port to listen on.", valueName: "HOST:PORT"))
        var listen = "127.0.0.1:8080"
        @Option(help: "text or json: the form of the log lines on standard error.") var logFormat: LogFormatOption =
            .text
        @Flag(
            help: "Send the browser interface's session cookie without 'Secure', for a server on loopback without TLS.")
        var insecureCookies = false
        @Option(
            help: ArgumentHelp(
                "The reverse proxy whose X-Forwarded-For gives the client's address (the sign-in rate limit).",
                valueName: "ADDRESS"))
        var trustedProxy: String?

        /// Refuses `--actor`: every change the server makes is recorded with the user of the request's token.
        func validate() throws {
            if global.actor != nil {
                throw ValidationError(
                    "--actor does not apply to dsr serve: each change is recorded with the user of its token.")
            }
        }

        func run() async throws {
            try await reportingFailuresAsync {
                let (host, port) = try Self.address(listen)
                let cases = try await global.openCases(creating: false)
                var logger = Logger(label: "dsr.serve") { _ in ServerLogHandler(format: logFormat.format) }
                logger.logLevel = .info
                logger.info("serving", metadata: ["listen": "\(host):\(port)"])
                var server = APIServer(service: cases, resolver: RegisterTokens(service: cases), logger: logger) {
                    try Clock.moment()
                }
                server.attachmentLimit = try AttachmentFileReader.limit(option: nil)
                server.web = WebOptions(secureCookies: !insecureCookies, trustedProxy: trustedProxy)
                try await server.run(host: host, port: port)
                logger.info("stopped")
            }
        }

        /// `HOST:PORT` (`[::1]:8080` for IPv6) split into its host and port.
        static func address(_ text: String) throws -> (String, Int) {
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
                (1...65_535).contains(port)
            else {
                throw InputError.unknownValue(
                    field: "--listen", text: text, accepted: ["HOST:PORT, for example 127.0.0.1:8080"])
            }
            var host = String(text[..<colon])
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            guard !host.isEmpty else {
                throw InputError.unknownValue(
                    field: "--listen", text: text, accepted: ["HOST:PORT, for example 127.0.0.1:8080"])
            }
            return (host, port)
        }
    }
}

/// The forms `dsr serve --log-format` accepts.
enum LogFormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// The server's log format.
    var format: ServerLogFormat {
        switch self {
        case .text: .text
        case .json: .json
        }
    }
}
