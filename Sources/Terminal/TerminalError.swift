/// Why the explorer could not take over the terminal. Each reads as one
/// line after `actview: ` and points at the headless commands instead.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// stdin or stdout is a pipe or a file.
    case notATerminal
    /// stdin is a terminal opened for writing only: it cannot be read.
    case inputNotReadable
    /// `TERM` names no terminal the terminfo database knows (or is unset).
    case unknownTerminal(String?)
    /// The terminal cannot move its cursor (`TERM=dumb`): no screen can be drawn.
    case cannotAddressCursor(String)
    /// LINES or COLUMNS claims a size no terminal has, and the kernel knows none.
    case absurdSize(variable: String, value: String)
    /// The system refused a resource the explorer needs (a pipe, a tty mode).
    case unavailable(String)

    static let advice = "try 'actview plot sigmoid' or 'actview train'"

    public var description: String {
        switch self {
        case .notATerminal:
            return "the explorer needs a terminal; \(Self.advice)"
        case .inputNotReadable:
            return "the explorer needs to read keys, and standard input is a terminal opened for writing only; \(Self.advice)"
        case .unknownTerminal(let name?):
            return "the explorer needs a terminal, and TERM='\(name)' is not one this system knows; \(Self.advice)"
        case .unknownTerminal(nil):
            return "the explorer needs a terminal, and TERM is not set; \(Self.advice)"
        case .cannotAddressCursor(let name):
            return "the explorer needs a terminal that can move its cursor, and TERM='\(name)' cannot; \(Self.advice)"
        case .absurdSize(let variable, let value):
            return "\(variable)='\(value)' is not a size the explorer can draw (1 to \(WindowSize.maximumSide)), "
                + "and the terminal reports none; set it to the window's size"
        case .unavailable(let what):
            return "the explorer cannot start: \(what)"
        }
    }
}
