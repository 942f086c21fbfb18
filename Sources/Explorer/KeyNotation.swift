import TermPlot

/// A small notation for key sequences, for `actview snapshot --keys` and the
/// tests: literal characters stand for themselves, and named keys are written
/// in angle brackets — `<Tab>`, `<S-Tab>`, `<Left>`, `<Right>`, `<Up>`,
/// `<Down>`, `<Enter>`, `<Esc>`, `<Space>`, `<Backspace>`, `<F1>`…`<F12>`,
/// `<lt>` for a literal `<`. Names are case-insensitive. In a script (for
/// `actview snapshot`), `<steps:N>` also trains N more steps at that point,
/// e.g. `<steps:300>2<steps:300>` to switch to Leaky ReLU mid-way, and
/// `<click:X,Y>`, `<dclick:X,Y>`, `<wheelup:X,Y>`, `<wheeldown:X,Y>` use the
/// mouse at cell (X, Y), counted from 0 at the top left.
public enum KeyNotation {
    /// One item of a snapshot script.
    public enum Item: Hashable, Sendable {
        case key(Key)
        case train(steps: Int)
        case mouse(MouseEvent)
    }

    /// The mouse items' names, and what each sends.
    static let mouseActions: [String: [(MouseEvent.Button, MouseEvent.Kind)]] = [
        "click": [(.left, .press)],
        // A double-click is reported as a press, then the second press.
        "dclick": [(.left, .press), (.left, .doubleClick)],
        "wheelup": [(.wheelUp, .press)],
        "wheeldown": [(.wheelDown, .press)],
    ]

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    static let named: [String: Key] = [
        "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "left": .left, "right": .right, "up": .up, "down": .down,
        "enter": .enter, "return": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "space": .character(" "), "backspace": .backspace, "bs": .backspace,
        "home": .home, "end": .end, "pageup": .pageUp, "pagedown": .pageDown,
        "lt": .character("<"), "gt": .character(">"),
    ]

    /// Parses a key sequence; throws for an unknown or unclosed `<…>` name.
    public static func parse(_ text: String) throws(ParseError) -> [Key] {
        try parseScript(text, allowsSteps: false).compactMap {
            if case .key(let key) = $0 { return key }
            return nil
        }
    }

    /// Parses keys and `<steps:N>` items.
    public static func parseScript(_ text: String) throws(ParseError) -> [Item] {
        try parseScript(text, allowsSteps: true)
    }

    static let maximumScriptSteps = 1_000_000
    /// Screens are at most 1000 cells a side.
    static let maximumCell = 999

    private static func parseScript(_ text: String, allowsSteps: Bool) throws(ParseError) -> [Item] {
        var keys: [Item] = []
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "<", let close = text[index...].firstIndex(of: ">"), close > text.index(after: index) {
                let name = String(text[text.index(after: index)..<close])
                if allowsSteps, name.lowercased().hasPrefix("steps:") {
                    guard let n = Int(name.dropFirst(6)), n >= 0, n <= maximumScriptSteps else {
                        throw ParseError(description: "bad <\(name)>: write <steps:N> with N from 0 to \(maximumScriptSteps)")
                    }
                    keys.append(.train(steps: n))
                    index = text.index(after: close)
                    continue
                }
                if allowsSteps, let colon = name.firstIndex(of: ":"),
                   let actions = mouseActions[name[..<colon].lowercased()] {
                    let cell = name[name.index(after: colon)...].split(separator: ",", omittingEmptySubsequences: false)
                    guard cell.count == 2, let x = Int(cell[0]), let y = Int(cell[1]),
                          (0...maximumCell).contains(x), (0...maximumCell).contains(y) else {
                        throw ParseError(description: "bad <\(name)>: write <\(name[..<colon]):X,Y> with X and Y cells from 0 to \(maximumCell)")
                    }
                    keys += actions.map { .mouse(MouseEvent(x: x, y: y, button: $0.0, kind: $0.1)) }
                    index = text.index(after: close)
                    continue
                }
                guard let key = key(named: name) else {
                    throw ParseError(description: "unknown key <\(name)> (known: <Tab> <S-Tab> <Left> <Right> <Up> <Down> <Enter> <Esc> <Space> <Backspace> <F1>…<F12> <lt>)")
                }
                keys.append(.key(key))
                index = text.index(after: close)
            } else if ch == "<" {
                throw ParseError(description: "unclosed '<' in keys; write <lt> for a literal '<'")
            } else {
                keys.append(.key(.character(ch)))
                index = text.index(after: index)
            }
        }
        return keys
    }

    static func key(named name: String) -> Key? {
        let lower = name.lowercased()
        if let key = named[lower] { return key }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            return .function(n)
        }
        return nil
    }
}
