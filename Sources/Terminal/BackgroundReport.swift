import TermPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal's background colour, for `--theme auto`: asked with xterm's
/// OSC 11 query, followed by a device-attributes request (DA1) that every
/// terminal answers, so one that ignores OSC 11 is known at once rather than
/// after a long timeout; else read from COLORFGBG, which rxvt-style
/// terminals set.
public enum BackgroundReport {
    /// How long to wait for the answers.
    static let timeoutMilliseconds: Int32 = 200

    /// Sends both queries on `output` and reads the answers from `inputFD`
    /// (raw mode, before curses reads anything); nil when the terminal does
    /// not say, or not in time.
    static func query(inputFD: Int32, output: UnsafeMutablePointer<FILE>) -> RGBColor? {
        fputs("\u{1B}]11;?\u{1B}\\\u{1B}[c", output)
        fflush(output)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        let deadline = now() + Double(timeoutMilliseconds) / 1000
        while bytes.count < 4096 {
            let left = Int32((deadline - now()) * 1000)
            guard left > 0 else { break }
            var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 1, left) > 0, fds[0].revents & Int16(POLLIN) != 0 else { break }
            let n = buffer.withUnsafeMutableBytes { read(inputFD, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            bytes += buffer[0..<n]
            if answersDeviceAttributes(bytes) { break }
        }
        return color(inReply: bytes)
    }

    /// Whether `bytes` hold the DA1 answer (`ESC [ ? … c`), which comes last.
    static func answersDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        guard let start = find([0x1B, 0x5B, 0x3F], in: bytes) else { return false }
        return bytes[(start + 3)...].contains(0x63)
    }

    /// The colour in an OSC 11 answer: `ESC ] 11 ; rgb:RRRR/GGGG/BBBB`
    /// (1 to 4 hex digits a channel), ended by BEL or ESC \.
    public static func color(inReply bytes: [UInt8]) -> RGBColor? {
        let prefix = Array("\u{1B}]11;rgb:".utf8)
        guard let start = find(prefix, in: bytes) else { return nil }
        var channels: [UInt8] = []
        var digits: [UInt8] = []
        func flush() -> Bool {
            guard (1...4).contains(digits.count), let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16) else {
                return false
            }
            let maximum = (UInt32(1) << (4 * UInt32(digits.count))) - 1
            channels.append(UInt8((value * 255 + maximum / 2) / maximum))
            digits = []
            return true
        }
        for byte in bytes[(start + prefix.count)...] {
            switch byte {
            case UInt8(ascii: "/"):
                guard flush() else { return nil }
            case 0x07, 0x1B:
                guard flush(), channels.count == 3 else { return nil }
                return RGBColor(red: channels[0], green: channels[1], blue: channels[2])
            default:
                digits.append(byte)
                if digits.count > 4 { return nil }
            }
        }
        return nil
    }

    /// The background COLORFGBG names (`fg;bg` or `fg;default;bg`, ANSI
    /// colour numbers): 7 and 9–15 are light, 0–6 and 8 dark.
    public static func color(inColorFGBG value: String) -> RGBColor? {
        guard let last = value.split(separator: ";").last, let index = UInt8(last), index < 16 else { return nil }
        return XtermPalette.rgb(index)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for i in 0...(bytes.count - needle.count) where Array(bytes[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
