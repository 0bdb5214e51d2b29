import DSRCore
import Foundation

/// A letter was issued and recorded, and its file was written and synced, but it could not be put at the path given
/// (something appeared there, or the folder changed, between the writing and the commit). The letter is in the
/// register byte for byte, and `dsr letter show-issued` writes it again.
struct IssuedLetterNotPlaced: LocalizedErrorWithCategory {
    /// The letter that was recorded.
    let number: LetterNumber
    /// Why the file could not be put in place.
    let cause: OutputFileError

    var category: ErrorCategory { cause.category }

    var errorDescription: String? {
        "letter \(number) was issued and recorded, but its file was not put in place: "
            + (cause.errorDescription ?? "it could not be written") + " Write it again, byte for byte, with "
            + "'dsr letter show-issued \(number) --output FILE'."
    }
}
