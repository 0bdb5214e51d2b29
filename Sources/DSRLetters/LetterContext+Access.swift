import DSRCore
import Foundation

extension LetterContext.AccessFields {
    /// Prepares the GDPR Art. 15(1)–(2) information of the access response as it applies to the person: what the
    /// case records (``AccessInformation``), and the controller profile's notice text where the case records nothing
    /// (legal-facts § 2.9; CJEU C-154/21 for named recipients).
    ///
    /// The parts ``AccessInformation/missingRequiredParts`` names (purposes, categories, recipients, retention,
    /// automated decision-making) are required: without them the letter is refused, never filled with invented text.
    /// The source (g) and transfers (Art. 15(2)) are printed when given; (e) and (f), the rights and the complaint,
    /// are in the template. The value ``AccessInformation/noneValue`` prints that there are no recipients, no
    /// automated decision-making or no transfers.
    /// - Throws: ``LetterError/accessInformationMissing(_:missing:)`` naming the missing parts.
    init(record: RequestRecord, profile: ControllerProfile?) throws(LetterError) {
        guard let profile else { throw .controllerMissing(record.caseNumber) }
        let own = record.access ?? AccessInformation()
        let access = own.merged(with: profile)
        let missing = access.missingRequiredParts
        // The case's categories are one per line; the notice's are its own list, whose items may span lines.
        let categories =
            LetterContext.present(own.categories).map { text in
                text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
            } ?? (profile.dataCategories ?? []).compactMap(LetterContext.present)
        guard missing.isEmpty, !categories.isEmpty, let purposes = LetterContext.present(access.purposes),
            let recipients = LetterContext.present(access.recipients),
            let retention = LetterContext.present(access.retention),
            let automated = LetterContext.present(access.automatedDecisions)
        else { throw .accessInformationMissing(record.caseNumber, missing: missing) }
        let transfers = LetterContext.present(access.transfers)
        let copies = (access.copies ?? []).compactMap(LetterContext.present)
        self.init(
            registerName: LetterContext.present(profile.registerName), purposes: purposes,
            legalBasis: LetterContext.present(profile.legalBasis),
            dataCategories: categories,
            recipientList: AccessInformation.isNone(recipients) ? nil : recipients,
            noRecipients: AccessInformation.isNone(recipients), retention: retention,
            sources: LetterContext.present(access.source),
            automatedDecisions: AccessInformation.isNone(automated) ? nil : automated,
            noAutomatedDecisions: AccessInformation.isNone(automated),
            transfers: AccessInformation.isNone(transfers) ? nil : transfers,
            noTransfers: AccessInformation.isNone(transfers),
            dataProtectionOfficer: LetterContext.present(profile.dataProtectionOfficer), copies: copies,
            hasCopies: !copies.isEmpty)
    }
}
