import CNCursesW
import TermPlot

/// Turns a burst of `wget_wch` results into keys. A burst is everything
/// readable at once; curses has already waited ESCDELAY for the rest of an
/// escape sequence, so an Esc that ends a burst is the Esc key, and an Esc
/// followed by more input is an Alt chord or a sequence terminfo does not
/// name. Neither has a meaning in the explorer, so both become `.unknown`
/// rather than an Esc plus stray characters.
public enum KeyDecoder {
    /// What a burst means: keys in order, and whether the terminal resized.
    public struct Decoded: Equatable, Sendable {
        public var keys: [Key] = []
        public var resized = false
        /// Ctrl-L: the user asks for a full repaint.
        public var repaint = false
    }

    public static func decode(_ codes: [InputCode]) -> Decoded {
        var result = Decoded()
        var i = 0
        while i < codes.count {
            let code = codes[i]
            i += 1
            switch code {
            case .keyCode(let k):
                if k == KEY_RESIZE {
                    result.resized = true
                } else {
                    result.keys.append(key(forKeyCode: k))
                }
            case .character(0x1B):
                guard i < codes.count else {
                    result.keys.append(.escape)
                    break
                }
                // Alt-x, or CSI/SS3 sequences: skip to the sequence's end.
                if case .character(let next) = codes[i], next == 0x5B || next == 0x4F {
                    i += 1
                    while i < codes.count {
                        guard case .character(let c) = codes[i] else { break }
                        i += 1
                        if c >= 0x40 && c <= 0x7E { break }
                    }
                } else {
                    i += 1
                }
                result.keys.append(.unknown)
            case .character(0x0C):
                result.repaint = true
            case .character(let value):
                result.keys.append(key(forCharacter: value))
            }
        }
        return result
    }

    static func key(forCharacter value: UInt32) -> Key {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20, value != 0x7F,
                  !(0x80..<0xA0).contains(value), value != 0xFFFD else { return .unknown }
            return .character(Character(scalar))
        }
    }

    static func key(forKeyCode code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        default:
            let f0 = actview_key_f0()
            if code > f0 && code <= f0 + 12 { return .function(Int(code - f0)) }
            return .unknown
        }
    }
}
