import DSRCore

extension CaseService {
    /// Checks a registration without touching the register, so that a front end can refuse bad input before it
    /// opens (or creates) one.
    /// - Throws: ``InputError`` naming the field (``RegisterRequest/draft``'s property) that is wrong.
    public static func check(_ command: RegisterRequest, today: Today) throws(InputError) {
        _ = try RequestRules.validated(command.draft, today: today.date)
    }

    /// Registers an incoming request: checks it, seals its identity code under the register's key, allocates its
    /// case number and stores it with its `register` event.
    /// - Throws: ``InputError`` for bad input, the storage's errors (``StoreError``, key errors).
    public func register(_ command: RegisterRequest, actor: String, today: Today) async throws -> RegisteredRequest {
        var draft = try RequestRules.validated(command.draft, today: today.date)
        var adopted: String?
        if let code = command.identityCode {
            let sealed = try await storage.sealIdentityCode(code, actor: actor, today: today)
            draft.subject.identityCode = sealed.value
            adopted = sealed.adoptedKeyPath
        }
        let clean = draft
        let workflow = workflows[clean.kind]
        let calculator = calculator
        let record = try await storage.insert(year: clean.received.year) { caseNumber in
            try RequestRules.registration(
                of: clean, caseNumber: caseNumber, workflow: workflow,
                calculator: calculator, actor: actor, now: today.now)
        }
        return RegisteredRequest(record: record, adoptedKeyPath: adopted)
    }
}
