/// A small notation for key sequences, for `actview snapshot --keys` and the
/// tests: literal characters stand for themselves, and named keys are written
/// in angle brackets — `<Tab>`, `<S-Tab>`, `<Left>`, `<Right>`, `<Up>`,
/// `<Down>`, `<Enter>`, `<Esc>`, `<Space>`, `<Backspace>`, `<F1>`…`<F12>`,
/// `<lt>` for a literal `<`. Names are case-insensitive.
public enum KeyNotation {
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
        var keys: [Key] = []
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch == "<", let close = text[index...].firstIndex(of: ">"), close > text.index(after: index) {
                let name = String(text[text.index(after: index)..<close])
                guard let key = key(named: name) else {
                    throw ParseError(description: "unknown key <\(name)> (known: <Tab> <S-Tab> <Left> <Right> <Up> <Down> <Enter> <Esc> <Space> <Backspace> <F1>…<F12> <lt>)")
                }
                keys.append(key)
                index = text.index(after: close)
            } else if ch == "<" {
                throw ParseError(description: "unclosed '<' in keys; write <lt> for a literal '<'")
            } else {
                keys.append(.character(ch))
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
