/// Why the explorer could not take over the terminal. Each reads as one
/// line after `actview: ` and points at the headless commands instead.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// stdin or stdout is a pipe or a file.
    case notATerminal
    /// `TERM` names no terminal the terminfo database knows (or is unset).
    case unknownTerminal(String?)
    /// The system refused a resource the explorer needs (a pipe, a tty mode).
    case unavailable(String)

    static let advice = "try 'actview plot sigmoid' or 'actview train'"

    public var description: String {
        switch self {
        case .notATerminal:
            return "the explorer needs a terminal; \(Self.advice)"
        case .unknownTerminal(let name?):
            return "the explorer needs a terminal, and TERM='\(name)' is not one this system knows; \(Self.advice)"
        case .unknownTerminal(nil):
            return "the explorer needs a terminal, and TERM is not set; \(Self.advice)"
        case .unavailable(let what):
            return "the explorer cannot start: \(what)"
        }
    }
}
