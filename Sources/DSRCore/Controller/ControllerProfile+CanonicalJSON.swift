// The controller profile as the register keeps each version of it (the profile table, hashed into the chain by the
// version's event): canonical JSON written by hand (see CanonicalJSONWriter).

extension ControllerProfile: CanonicalJSONWritable {
    /// Writes the profile's fields in the order of their names, leaving out those not set.
    public func writeCanonicalJSON(to writer: inout CanonicalJSONWriter) {
        writer.beginObject()
        writer.member("address", address)
        writer.member("authorityAsQuoted", authorityAsQuoted)
        writer.member("automatedDecisions", automatedDecisions)
        writer.member("businessID", businessID)
        writer.member("contactDetails", contactDetails)
        writer.member("contactPerson", contactPerson)
        writer.member("dataCategories", dataCategories)
        writer.member("dataCategoriesEn", dataCategoriesEn)
        writer.member("dataCategoriesSv", dataCategoriesSv)
        writer.member("dataProtectionOfficer", dataProtectionOfficer)
        writer.member("email", email)
        writer.member("internalTargetWorkingDays", internalTargetWorkingDays)
        writer.member("legalBasis", legalBasis)
        writer.member("name", name)
        writer.member("noticeDate", noticeDate)
        writer.member("noticeLanguage", noticeLanguage?.rawValue)
        writer.member("phone", phone)
        writer.member("purposes", purposes)
        writer.member("purposesEn", purposesEn)
        writer.member("purposesSv", purposesSv)
        writer.member("recipients", recipients)
        writer.member("registerName", registerName)
        writer.member("retention", retention)
        writer.member("signerTitle", signerTitle)
        writer.member("sources", sources)
        writer.member("transfers", transfers)
        writer.endObject()
    }
}
