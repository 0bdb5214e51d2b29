import Foundation

/// Renders the refusal-ground catalogue for `dsr grounds`.
public enum GroundListing {
    /// One block per ground: code, kinds, reference, title and explanation.
    public static func table(_ grounds: [RefusalGround], language: Language) -> String {
        grounds.map { ground in
            let kinds = RequestKind.allCases.filter(ground.applies(to:)).map(\.rawValue).joined(separator: ", ")
            return """
                \(ground.code)
                  kinds:     \(kinds)
                  reference: \(ground.reference[language])
                  title:     \(ground.title[language])
                  \(ground.explanation[language])
                """
        }.joined(separator: "\n\n") + "\n"
    }

    /// A JSON array with every language version of each ground.
    public static func json(_ grounds: [RefusalGround]) -> String {
        struct Entry: Encodable {
            var code: String
            var kinds: [String]
            var reference: LocalizedText
            var title: LocalizedText
            var explanation: LocalizedText
            var accessRestriction: Bool
            var unavailableForDirectMarketing: Bool
        }
        return RequestListing.prettyJSON(
            grounds.map { ground in
                Entry(
                    code: ground.code.rawValue,
                    kinds: RequestKind.allCases.filter(ground.applies(to:)).map(\.rawValue),
                    reference: ground.reference, title: ground.title, explanation: ground.explanation,
                    accessRestriction: ground.isAccessRestriction,
                    unavailableForDirectMarketing: ground.isBalancingGround)
            })
    }
}
