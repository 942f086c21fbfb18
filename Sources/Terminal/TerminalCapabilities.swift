import CNCursesW

/// What terminfo says a terminal type can do, read without starting curses:
/// `plot` asks before it sends colour codes, the explorer before it takes
/// over the screen.
public struct TerminalCapabilities: Sendable, Hashable {
    /// Colours the terminal offers; 0 for none (`dumb`, `vt100`).
    public var colors: Int
    /// Whether the cursor can be moved to any cell (terminfo `cup`); a
    /// screen cannot be drawn without it.
    public var addressesCursor: Bool

    public init(colors: Int, addressesCursor: Bool) {
        self.colors = colors
        self.addressesCursor = addressesCursor
    }

    /// The capabilities of `terminalType`, or nil when terminfo does not know it.
    public init?(terminalType: String) {
        guard !terminalType.isEmpty else { return nil }
        var colors: Int32 = 0, addressable: Int32 = 0
        guard actview_terminfo_query(terminalType, &colors, &addressable) == 0 else { return nil }
        self.init(colors: Int(colors), addressesCursor: addressable != 0)
    }

    /// The capabilities of the terminal `TERM` names, or nil when it is
    /// unset or unknown.
    public init?(environment: [String: String]) {
        guard let name = environment["TERM"] else { return nil }
        self.init(terminalType: name)
    }
}
