/// A string `Screen.put` drew only in part: its text, the part shown, where
/// it started and the rectangle that clipped it.
public struct ClippedRun: Hashable, Sendable {
    public var text: String
    public var shown: String
    public var x: Int
    public var y: Int
    public var clip: Rect
    /// Some of the text lay left of the clip.
    public var startsHidden: Bool

    /// True when the cut falls inside a word: what is shown ends in a letter
    /// or digit and what is hidden goes on with one. A run clipped at a
    /// space, or one hidden entirely, reads as whole words.
    public var cutsWord: Bool {
        if startsHidden { return !shown.isEmpty }
        guard let last = shown.last else { return false }
        let hiddenPart = text.dropFirst(shown.count)
        guard let next = hiddenPart.first else { return false }
        return Self.isWordCharacter(last) && Self.isWordCharacter(next)
    }

    /// Letters, digits and the marks numbers carry (1.5, 86%, −0.09).
    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || ".,%′−-+()·/".contains(c) && !c.isWhitespace
    }
}
