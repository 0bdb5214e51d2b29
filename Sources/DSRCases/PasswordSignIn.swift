/// A sign-in with a name and a password, as a front end received them (the name is not checked yet).
public struct PasswordSignIn: Sendable {
    /// The name as typed.
    public var name: String
    /// The password as typed.
    public var password: String
    /// The hashing of the register's passwords (its cost sets the time spent when there is no user to check).
    public var hashing: PasswordHashing

    /// Creates the command.
    public init(name: String, password: String, hashing: PasswordHashing = .standard) {
        self.name = name
        self.password = password
        self.hashing = hashing
    }
}
