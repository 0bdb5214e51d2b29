import Foundation

extension PersonalData {
    /// The member of a purge event's data that commits to the keyed tags the register keeps of the purged request
    /// (of its reference, import key and suppressed contacts; the store's `purgedTag` rows of the case): the text
    /// ``keptTagsValue(_:)`` gives, the number of the case's tags after the purge and their digest. The store adds
    /// it when it writes the purge (``purgeData(_:keepingTags:)``); purge events of an earlier dsr lack it, and the
    /// chain then does not vouch for their tags.
    public static let keptTagsMember = "keptTags"

    /// The commitment to a case's tags (``keptTagsMember``): `COUNT SHA256`, the number of distinct tags and the
    /// SHA-256 (lowercase hex) of them sorted by their UTF-8 bytes, each followed by a line feed.
    public static func keptTagsValue(_ tags: some Collection<String>) -> String {
        let sorted = Set(tags).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var bytes = Data()
        for tag in sorted {
            bytes.append(contentsOf: tag.utf8)
            bytes.append(0x0A)
        }
        return "\(sorted.count) \(AttachmentData.sha256Hex(bytes))"
    }

    /// A purge event's data with the commitment to `tags` (``keptTagsMember``) added, in canonical form, or `nil` if
    /// the data is not an object of texts (every purge event's data is one) or already holds the member.
    public static func purgeData(_ data: String, keepingTags tags: some Collection<String>) -> String? {
        guard var fields = EventEntry.decodeCanonicalJSON([String: String].self, from: data),
            fields[keptTagsMember] == nil
        else { return nil }
        fields[keptTagsMember] = keptTagsValue(tags)
        return EventEntry.canonicalJSON(fields)
    }
}
