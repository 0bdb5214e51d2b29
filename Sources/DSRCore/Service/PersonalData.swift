import Foundation

/// The personal data a request carries, and the placeholders that stand for it in the hash chain and after a purge.
///
/// Personal data here means the data subject's name, contact details and identity code, and every free text the
/// officer wrote (notes, reasons, what was granted, recipients, end conditions, details): free texts often name
/// people. Kind, dates, states, grounds, outcomes and the officer's name (the actor, kept for accountability,
/// GDPR Art. 5(2)) are not removed: they are the statistics and the evidence of how the request was handled.
public enum PersonalData {
    /// What stands in the hash chain in place of a personal text while the text itself is kept beside the chain,
    /// committed to by a salted hash (see `docs/security.md`).
    public static let withheld = "[personal data]"
    /// What stands in a request's record after `dsr purge` removed its personal data.
    public static let removed = "[removed]"
    /// The member of a purge event's data that says the request's reference was removed with its personal data
    /// (value `removed`); purge events of an earlier dsr lack it and kept the reference.
    public static let purgedReferenceMember = "reference"
    /// The member of a purge event's data that holds the reference `dsr purge --keep-references` kept: the chain's
    /// public form withholds a reference, so the purge event restates the one kept, for the replay.
    public static let keptReferenceMember = "keptReference"

    /// `marker` in place of a text, keeping `nil` and empty texts as they are (so that the shape of the data, and
    /// what a workflow requires of it, stays the same).
    static func replacing(_ text: String?, with marker: String) -> String? {
        guard let text else { return nil }
        return text.isEmpty ? text : marker
    }

    /// A JSON text with every `identityCode` object reduced to its masked form, for display and export.
    ///
    /// A text that names no identity code is returned as it is.
    /// - Throws: ``EventDataError/cannotMaskIdentityCode`` if the text names one but cannot be read as JSON, an
    ///   identity code in it is not a sealed code with its masked form, or the result cannot be written: the text is
    ///   then not shown at all, rather than shown with the code unmasked.
    public static func maskingIdentityCodes(inJSON text: String) throws(EventDataError) -> String {
        guard text.contains("\"identityCode\"") else { return text }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            throw .cannotMaskIdentityCode
        }
        func mask(_ value: Any) throws(EventDataError) -> Any {
            if let dictionary = value as? [String: Any] {
                var result: [String: Any] = [:]
                for (key, item) in dictionary {
                    if key == "identityCode" {
                        if item is NSNull {
                            result[key] = item
                        } else if let code = item as? [String: Any], let masked = code["masked"] as? String {
                            result[key] = ["masked": masked]
                        } else {
                            throw .cannotMaskIdentityCode
                        }
                    } else {
                        result[key] = try mask(item)
                    }
                }
                return result
            }
            if let array = value as? [Any] {
                var result: [Any] = []
                for item in array { result.append(try mask(item)) }
                return result
            }
            return value
        }
        let masked = try mask(object)
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: masked,
                options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        else { throw .cannotMaskIdentityCode }
        return String(decoding: data, as: UTF8.self)
    }
}

extension DataSubject {
    /// The subject with every text replaced by `marker` and the identity code removed.
    public func replacingPersonalData(with marker: String) -> DataSubject {
        DataSubject(
            name: PersonalData.replacing(name, with: marker) ?? "",
            email: PersonalData.replacing(email, with: marker),
            address: PersonalData.replacing(address, with: marker),
            phone: PersonalData.replacing(phone, with: marker), identityCode: nil)
    }
}

extension RequestDraft {
    /// The draft with its personal data replaced by `marker` (see ``PersonalData``).
    public func replacingPersonalData(with marker: String) -> RequestDraft {
        var draft = self
        draft.subject = subject.replacingPersonalData(with: marker)
        draft.note = PersonalData.replacing(note, with: marker)
        // The controller's reference may itself name the person (an e-mail subject, a name), so the chain's public
        // form withholds it too, and `dsr purge` can remove it (docs/security.md).
        draft.reference = PersonalData.replacing(reference, with: marker)
        return draft
    }
}

extension EventInput {
    /// Whether the input holds any free text.
    public var hasPersonalData: Bool {
        reason != nil || granted != nil || recipients != nil || endCondition != nil || details != nil || note != nil
            || asked != nil
    }

    /// The input with every free text replaced by `marker`; the number of recipients is kept.
    public func replacingPersonalData(with marker: String) -> EventInput {
        var input = self
        input.reason = PersonalData.replacing(reason, with: marker)
        input.granted = PersonalData.replacing(granted, with: marker)
        input.recipients = recipients?.map { PersonalData.replacing($0, with: marker) ?? "" }
        input.endCondition = PersonalData.replacing(endCondition, with: marker)
        input.details = PersonalData.replacing(details, with: marker)
        input.note = PersonalData.replacing(note, with: marker)
        input.asked = asked?.map { PersonalData.replacing($0, with: marker) ?? "" }
        return input
    }
}

extension RequestRecord {
    /// The record without its personal data (each text replaced by ``PersonalData/removed``, the identity code
    /// removed), marked as purged on `day`. Kind, dates, states, grounds and outcome stay for statistics.
    public func removingPersonalData(on day: CivilDate) -> RequestRecord {
        let marker = PersonalData.removed
        var record = self
        record.subject = subject.replacingPersonalData(with: marker)
        record.note = PersonalData.replacing(note, with: marker)
        record.extensionReason = PersonalData.replacing(extensionReason, with: marker)
        if var refusal {
            refusal.reason = PersonalData.replacing(refusal.reason, with: marker) ?? ""
            refusal.granted = PersonalData.replacing(refusal.granted, with: marker)
            record.refusal = refusal
        }
        record.recipientsNotified = recipientsNotified?.map { PersonalData.replacing($0, with: marker) ?? "" }
        record.endCondition = PersonalData.replacing(endCondition, with: marker)
        record.liftReason = PersonalData.replacing(liftReason, with: marker)
        record.askedFor = askedFor?.map { PersonalData.replacing($0, with: marker) ?? "" }
        record.details = PersonalData.replacing(details, with: marker)
        record.access = access?.replacingPersonalData(with: marker)
        record.personalDataRemovedOn = personalDataRemovedOn ?? day
        return record
    }

    /// The record after a purge event with this data: without its personal data, and without its reference if the
    /// purge removed it, or with the reference the purge kept (see ``PersonalData/keptReferenceMember``).
    public func purged(on day: CivilDate, eventData: String) -> RequestRecord {
        var record = removingPersonalData(on: day)
        let fields = EventEntry.decodeCanonicalJSON([String: String].self, from: eventData) ?? [:]
        if fields[PersonalData.purgedReferenceMember] == "removed" {
            record.reference = nil
        } else if let kept = fields[PersonalData.keptReferenceMember] {
            record.reference = kept
        }
        return record
    }
}
