import DSRCases
import DSRCore
import Foundation
import Hummingbird
import NIOCore

extension APIRoutes {
    /// The `{name}` path parameter: a user name.
    static func userName(_ context: APIContext) throws -> UserName {
        try UserName.parse(context.parameters.get("name") ?? "", field: "name")
    }

    /// A role by its name.
    static func role(_ text: String) throws(InputError) -> UserRole {
        guard let role = UserRole(rawValue: text) else {
            throw .unknownValue(field: "role", text: text, accepted: UserRole.allCases.map(\.rawValue))
        }
        return role
    }

    /// `GET /users`: every user with role and state (`dsr user list`); admins only.
    func listUsers(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        return try Self.json(try await service.listUsers())
    }

    /// `POST /users`: adds a user with a one-time setup code (`dsr user add NAME --role ROLE`); 201, the code in the
    /// answer once. Admins only.
    func addUser(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let body = try await StrictJSON.decode(NewUserBody.self, from: request, fields: NewUserBody.fields)
        let command = AddUser(
            name: try UserName.parse(body.name, field: "name"), role: try Self.role(body.role), credential: .setupCode)
        let added = try await service.addUser(command, actor: principal.actorName, today: try today())
        return try Self.json(
            NewUserAnswer(
                account: added.account, setupCode: added.setupCode,
                setupCodeExpiresAt: added.setupCodeExpiresAt.map { $0.formatted(.iso8601) }),
            status: .created, headers: [.location: "/api/v1/users/\(added.account.name)"])
    }

    /// `POST /users/{name}/disable`: disables a user (`dsr user disable`); their tokens stop working. Admins only.
    func disableUser(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        _ = try QueryParameters(request, accepting: [])
        let account = try await service.disableUser(
            DisableUser(name: try Self.userName(context)), actor: principal.actorName, today: try today())
        return try Self.json(account)
    }

    /// `PUT /users/{name}/role`: changes a user's role (`dsr user role`). Admins only.
    func changeRole(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let name = try Self.userName(context)
        let body = try await StrictJSON.decode(RoleBody.self, from: request, fields: RoleBody.fields)
        let account = try await service.changeUserRole(
            ChangeUserRole(name: name, role: try Self.role(body.role)), actor: principal.actorName, today: try today())
        return try Self.json(account)
    }

    /// `GET /profile`: the controller profile in force (`dsr controller show`). Admins only.
    func profile(_ request: Request, context: APIContext) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        let current = try await service.controllerProfile()
        return try Self.json(
            ProfileAnswer(version: current?.version ?? 0, profile: current?.profile ?? ControllerProfile()))
    }

    /// `PUT /profile`: changes the controller profile's fields given (`dsr controller set`), a new version. Admins
    /// only.
    func changeProfile(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let body = try await StrictJSON.decode(ProfileBody.self, from: request, fields: ProfileBody.fields)
        let changes = ControllerProfileChanges(
            name: body.name, businessID: body.businessId, address: body.address, email: body.email,
            phone: body.phone, contactPerson: body.contactPerson, contactDetails: body.contactDetails,
            registerName: body.registerName, internalTargetWorkingDays: body.internalTargetWorkingDays)
        let version = try await service.changeControllerProfile(
            ChangeControllerProfile(changes: changes, source: "api"), actor: principal.actorName, today: try today())
        return try Self.json(ProfileAnswer(version: version.version, profile: version.profile))
    }

    /// `GET /case-views?case=&after=&limit=`: the access log, oldest first, a page at a time (`after` is the last
    /// position read). Admins and auditors.
    func caseViews(_ request: Request, context: APIContext) async throws -> Response {
        let principal = try Self.principal(context)
        let query = try QueryParameters(request, accepting: ["case", "after", "limit"])
        let views = try await service.caseViews(
            ListCaseViews(
                caseNumber: try query["case"].map(APIValue.caseNumber),
                after: Int64(try query["after"].map { try APIValue.integer($0, field: "after", in: 0...Int.max) } ?? 0),
                limit: try query["limit"].map { try APIValue.integer($0, field: "limit", in: 1...1000) } ?? 100,
                requester: principal))
        return try Self.json(
            views.map { view in
                CaseViewLine(
                    position: view.position, case: view.caseNumber.description, actor: view.actor,
                    viewedAt: view.viewedAt.formatted(.iso8601))
            })
    }

    /// `GET /audit/export`: the hash chain's entries without personal data, one JSON object a line, streamed
    /// (`dsr audit export`); `case` limits it to one case. Admins and auditors.
    func auditExport(_ request: Request, context: APIContext) async throws -> Response {
        let query = try QueryParameters(request, accepting: ["case"])
        let trail = try await service.auditTrail(
            ExportAuditTrail(caseNumber: try query["case"].map(APIValue.caseNumber), includePersonalData: false))
        let body = ResponseBody { writer in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for try await entry in trail {
                var line = try encoder.encode(entry)
                line.append(UInt8(ascii: "\n"))
                try await writer.write(ByteBuffer(bytes: line))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: body)
    }
}

/// One entry of the access log as the API gives it.
struct CaseViewLine: Encodable, Sendable {
    /// The entry's position; the next page starts after the last one.
    var position: Int64
    /// The case viewed.
    var `case`: String
    /// Who viewed it.
    var actor: String
    /// When (ISO 8601, UTC).
    var viewedAt: String
}
