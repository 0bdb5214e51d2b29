import Foundation

/// What the officer knows about a new request when registering it.
public struct RequestDraft: Sendable, Codable, Equatable {
    /// The right exercised.
    public var kind: RequestKind
    /// The person who made the request.
    public var subject: DataSubject
    /// The day it was received.
    public var received: CivilDate
    /// How it arrived.
    public var channel: Channel
    /// The language to answer in.
    public var language: Language
    /// For an objection, whether it is against direct marketing.
    public var isDirectMarketing: Bool
    /// A free-text note.
    public var note: String?
    /// The controller's own reference for the request, if it has one; unique in the register.
    public var reference: String?

    /// Creates a draft.
    public init(
        kind: RequestKind, subject: DataSubject, received: CivilDate, channel: Channel = .email,
        language: Language = .fi, isDirectMarketing: Bool = false, note: String? = nil,
        reference: String? = nil
    ) {
        self.kind = kind
        self.subject = subject
        self.received = received
        self.channel = channel
        self.language = language
        self.isDirectMarketing = isDirectMarketing
        self.note = note
        self.reference = reference
    }
}
