/// `--color auto|always|never`. `auto` follows the NO_COLOR convention
/// (no-color.org: set and non-empty means no colour); the flag wins over it.
public enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never

    /// Whether to draw in colour, given the environment. A terminal without
    /// colour support still gets none; `CursesTerminal` checks that.
    public func wantsColor(environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
