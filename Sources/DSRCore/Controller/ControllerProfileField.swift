/// A field of the controller profile, as an ``InputError`` names it when its new value is refused.
///
/// The raw value is the field's name in domain words; a front end maps it to its own input (the command line to an
/// option of `controller set`, a form to its field).
public enum ControllerProfileField: String, Sendable, CaseIterable {
    /// The controller's name.
    case name
    /// The business ID (Y-tunnus).
    case businessID = "business ID"
    /// The postal address.
    case address
    /// The e-mail address for data-protection matters.
    case email = "e-mail address"
    /// The telephone number.
    case phone = "telephone number"
    /// The contact person who signs letters.
    case contactPerson = "contact person"
    /// The purposes of processing in Swedish or English.
    case translatedPurposes = "purposes in the letter's language"
    /// The categories of data in Swedish or English.
    case translatedCategories = "data categories in the letter's language"
    /// The title of the contact person who signs.
    case signerTitle = "signer's title"
    /// The contact person's telephone and e-mail.
    case contactDetails = "contact details"
    /// The register's name.
    case registerName = "register name"
    /// The internal target in working days before the deadline.
    case internalTargetWorkingDays = "internal target"
    /// The change as a whole, refused when it changes no field.
    case change = "the change"
}
