/// Text the chain's canonical encoding writes: its UTF-8 bytes exactly as stored (``EventChain``).
///
/// A `String` when dsr writes an event, SQLite's column bytes when `dsr audit verify` reads one, so that both go
/// through the one encoder, ``EventChain/encode(into:format:sequence:caseYear:caseSequence:name:on:recordedAt:actor:workflowVersion:stateAfter:data:stateHash:previousHash:personalHash:)``.
protocol CanonicalText {
    /// Calls `body` with the text's UTF-8 bytes.
    func withCanonicalBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result
}

extension String: CanonicalText {
    /// Calls `body` with the string's UTF-8 bytes (contiguous for native strings, copied once otherwise).
    func withCanonicalBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self
        return text.withUTF8(body)
    }
}

extension UnsafeBufferPointer<UInt8>: CanonicalText {
    /// Calls `body` with these bytes.
    func withCanonicalBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(self)
    }
}
