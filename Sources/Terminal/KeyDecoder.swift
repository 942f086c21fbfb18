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
        /// Mouse reports, from curses (KEY_MOUSE) or read here from xterm's
        /// SGR encoding (`ESC [ < b ; x ; y M`) where terminfo names none.
        public var mouse: [MouseEvent] = []
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
            case .mouse(let event):
                result.mouse.append(event)
            case .character(0x1B):
                guard i < codes.count else {
                    result.keys.append(.escape)
                    break
                }
                if let (event, end) = sgrMouse(in: codes, from: i) {
                    if let event { result.mouse.append(event) }
                    i = end
                    break
                }
                if codes[i] == .character(0x5D) {
                    // OSC (a late answer to the background-colour query):
                    // skipped whole, up to BEL or ESC \.
                    i += 1
                    while i < codes.count {
                        let c = codes[i]
                        i += 1
                        if c == .character(0x07) { break }
                        if c == .character(0x1B) {
                            if i < codes.count, codes[i] == .character(0x5C) { i += 1 }
                            break
                        }
                    }
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

    /// An SGR mouse report starting after the ESC at `start` (`[<b;x;yM`,
    /// `m` for a release): the event (nil for one the explorer has no use
    /// for) and the index after it; nil when the codes are not one.
    static func sgrMouse(in codes: [InputCode], from start: Int) -> (MouseEvent?, Int)? {
        guard start + 1 < codes.count, codes[start] == .character(0x5B), codes[start + 1] == .character(0x3C) else {
            return nil
        }
        var numbers: [Int] = [0]
        var i = start + 2
        while i < codes.count, numbers.count <= 3 {
            guard case .character(let c) = codes[i] else { return nil }
            i += 1
            switch c {
            case 0x30...0x39:
                // Bounded: a run of digits cannot overflow.
                numbers[numbers.count - 1] = min(numbers[numbers.count - 1] * 10 + Int(c - 0x30), 1_000_000)
            case 0x3B:
                numbers.append(0)
            case 0x4D, 0x6D:
                guard numbers.count == 3 else { return (nil, i) }
                return (mouseEvent(code: numbers[0], column: numbers[1], row: numbers[2], released: c == 0x6D), i)
            default:
                return (nil, i)
            }
        }
        return nil
    }

    /// The event an xterm button code stands for (1-based cell).
    static func mouseEvent(code: Int, column: Int, row: Int, released: Bool) -> MouseEvent? {
        guard column >= 1, row >= 1 else { return nil }
        let motion = code & 32 != 0
        let button: MouseEvent.Button
        switch (code & 64 != 0, code & 3) {
        case (true, 0): button = .wheelUp
        case (true, 1): button = .wheelDown
        case (true, _): return nil
        case (false, 0): button = .left
        case (false, 1): button = .middle
        case (false, 2): button = .right
        default: button = .none
        }
        let kind: MouseEvent.Kind = released ? .release : (motion ? .drag : .press)
        return MouseEvent(x: column - 1, y: row - 1, button: button, kind: kind)
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
