/// A mouse report, decoded by the terminal backend: which cell (0-based,
/// from the top-left corner), which button, and what it did.
public struct MouseEvent: Hashable, Sendable {
    public enum Button: Hashable, Sendable {
        case left, middle, right
        /// The wheel turned away from the user (up) or toward (down).
        case wheelUp, wheelDown
        /// Motion with no button held.
        case none
    }

    public enum Kind: Hashable, Sendable {
        case press, release
        /// A second press of the same button on the same spot soon after the
        /// first; the backend tells it (it has the clock), after reporting
        /// the first as a `.press`.
        case doubleClick
        /// Motion with a button held.
        case drag
    }

    public var x: Int
    public var y: Int
    public var button: Button
    public var kind: Kind

    public init(x: Int, y: Int, button: Button = .left, kind: Kind = .press) {
        self.x = x
        self.y = y
        self.button = button
        self.kind = kind
    }
}
