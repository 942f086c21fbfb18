/// One terminal cell. A wide character (Hangul, CJK, some symbols) sits in
/// its lead cell and marks the cell to its right as a continuation, so the
/// grid always matches what the terminal shows.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; a space for an empty cell.
    public var character: Character
    public var style: Style
    /// True for the right half of a wide character: nothing is drawn here.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
