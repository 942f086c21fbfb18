/// A key press, decoded by the terminal backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case tab, backTab
    case enter, escape, backspace
    case home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// Input the backend could not decode (invalid UTF-8, unknown sequence).
    case unknown
}
