import Foundation
import HTTPTypes

/// The client address of a request, for the sign-in rate limit: the peer's own address, unless the peer is the
/// reverse proxy named with `--trusted-proxy`; then the address that proxy appended to `X-Forwarded-For` (its last
/// entry: the ones before it are what the client itself claimed, and anyone can claim anything).
public enum ClientAddress {
    /// The `X-Forwarded-For` header's name.
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")

    /// The client's address: `peer` unless it is `trustedProxy` and the request has `X-Forwarded-For`.
    public static func resolve(peer: String?, headers: HTTPFields, trustedProxy: String?) -> String {
        let peer = peer ?? "unknown"
        guard let trustedProxy, peer == trustedProxy, let name = forwardedFor else { return peer }
        let values = headers[values: name].flatMap { $0.split(separator: ",") }
        guard let last = values.last?.trimmingCharacters(in: .whitespaces), !last.isEmpty else { return peer }
        return last
    }
}
