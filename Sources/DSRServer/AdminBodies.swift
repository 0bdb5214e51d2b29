import DSRCore

/// The body of `POST /api/v1/users`: a new user's name and role (`dsr user add NAME --role ROLE`). The answer
/// carries a one-time setup code, the API never takes a password.
struct NewUserBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = ["name", "role"]

    /// The sign-in name.
    var name: String
    /// `admin`, `handler` or `auditor`.
    var role: String
}

/// The body of `PUT /api/v1/users/{name}/role`: the new role (`dsr user role NAME ROLE`).
struct RoleBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = ["role"]

    /// `admin`, `handler` or `auditor`.
    var role: String
}

/// The body of `PUT /api/v1/profile`: the controller profile's fields to change (`dsr controller set`), named as its
/// long options in camelCase; a field left out stays as it is.
struct ProfileBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = [
        "name", "businessId", "address", "email", "phone", "contactPerson", "contactDetails", "registerName",
        "internalTargetWorkingDays",
    ]

    /// The controller's name.
    var name: String?
    /// The Y-tunnus.
    var businessId: String?
    /// The postal address.
    var address: String?
    /// The privacy contact's e-mail address.
    var email: String?
    /// The phone number.
    var phone: String?
    /// The contact person (data protection officer).
    var contactPerson: String?
    /// Other contact details.
    var contactDetails: String?
    /// The name of the register.
    var registerName: String?
    /// The internal target, working days before the deadline.
    var internalTargetWorkingDays: Int?
}

/// The answer of `POST /api/v1/users`: the account and the one-time setup code the user signs in with once.
struct NewUserAnswer: Encodable, Sendable {
    /// The account.
    var account: UserAccount
    /// The setup code, shown once.
    var setupCode: String?
    /// When the code expires (ISO 8601).
    var setupCodeExpiresAt: String?
}

/// The answer of `GET /api/v1/profile`.
struct ProfileAnswer: Encodable, Sendable {
    /// The profile's version, from 1; 0 when none is recorded.
    var version: Int
    /// The profile.
    var profile: ControllerProfile
}
