import DSRCore
import Foundation

extension CaseService {
    /// Creates an API or calendar token for a user and records `token-created` (the user, label and kind; the event's
    /// number is the token's id). The token is in the result this once; the register keeps only the SHA-256 of its
    /// secret.
    /// - Throws: ``InputError`` for a label that is empty, too long or has control characters,
    ///   ``UserError/unknownUser(_:)``, ``UserError/userDisabled(_:)``; storage's errors.
    public func createToken(_ command: CreateToken, actor: String, today: Today) async throws -> CreatedToken {
        let label = command.label
        if label.trimmingCharacters(in: .whitespaces).isEmpty { throw InputError.empty(field: "label") }
        if label.count > CreateToken.labelLimit {
            throw InputError.tooLong(field: "label", limit: CreateToken.labelLimit)
        }
        if label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw InputError.forbiddenCharacters(field: "label")
        }
        let secret = SecretToken.newSecret()
        let record = TokenRecord(
            user: command.user, kind: command.kind, label: label, secretHash: SecretToken.sha256Hex(secret),
            createdAt: today.now, createdBy: actor)
        let entry = userEntry(
            .tokenCreated, ["user": command.user.rawValue, "label": label, "kind": command.kind.rawValue],
            actor: actor, today: today)
        let id = try await storage.addToken(record, entry: entry)
        var stored = record
        stored.id = id
        return CreatedToken(summary: stored.summary, token: SecretToken.token(id: id, secret: secret))
    }

    /// Revokes a token and records `token-revoked` (its id); it stops working at once.
    /// - Throws: ``UserError/unknownToken(_:)``, ``UserError/tokenRevoked(_:)``; storage's errors.
    public func revokeToken(_ command: RevokeToken, actor: String, today: Today) async throws -> TokenSummary {
        let entry = userEntry(.tokenRevoked, ["token": String(command.id)], actor: actor, today: today)
        try await storage.revokeToken(id: command.id, entry: entry)
        guard let token = try await storage.token(id: command.id) else { throw UserError.unknownToken(command.id) }
        return token.summary
    }

    /// Every token, revoked ones included, by id, without secrets.
    public func listTokens() async throws -> [TokenSummary] {
        try await storage.tokens().map(\.summary)
    }

    /// Checks a token: the principal it acts as, or `nil` when it is not of a token's form, unknown, revoked, of
    /// another kind than the entry point accepts, or its user is disabled. The secret's SHA-256 is compared with the
    /// stored one in constant time.
    public func authenticate(_ command: TokenSignIn) async throws -> Principal? {
        guard let (id, secret) = SecretToken.parse(command.token),
            let (token, user) = try await storage.tokenAndUser(id: id)
        else {
            return nil
        }
        let matches = SecretToken.constantTimeEqual(SecretToken.sha256Hex(secret), token.secretHash)
        guard matches, token.revokedAt == nil, token.kind == command.kind, let user, !user.isDisabled else {
            return nil
        }
        return Principal(name: user.name, role: user.role)
    }
}
