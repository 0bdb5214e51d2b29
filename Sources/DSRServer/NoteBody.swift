/// The body of `POST /api/v1/requests/{case}/notes`: the note's text (`dsr note CASE TEXT`).
struct NoteBody: Decodable, Sendable {
    /// Every field the body may have.
    static let fields = ["text"]

    /// The note.
    var text: String
}
