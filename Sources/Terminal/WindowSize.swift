import CNCursesW
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The window's size in cells. The kernel's answer wins over LINES and
/// COLUMNS, which can only stand in where the kernel does not know (a serial
/// line); there, absurd values are refused rather than allocated.
public enum WindowSize {
    /// The most columns or rows an environment value may claim.
    public static let maximumSide = 1000

    /// The size the kernel reports for `fd`, or nil when it reports none.
    public static func ofTerminal(_ fd: Int32) -> (width: Int, height: Int)? {
        var rows: Int32 = 0, columns: Int32 = 0
        actview_window_size(fd, &rows, &columns)
        return rows > 0 && columns > 0 ? (Int(columns), Int(rows)) : nil
    }

    /// Refuses LINES or COLUMNS beyond `maximumSide` when the kernel knows
    /// no size (otherwise they are ignored).
    static func checkEnvironment(kernelSize: (width: Int, height: Int)?,
                                 environment: [String: String]) throws(TerminalError) {
        guard kernelSize == nil else { return }
        for name in ["COLUMNS", "LINES"] {
            guard let text = environment[name] else { continue }
            if let value = Int(trimmed(text)), (1...maximumSide).contains(value) { continue }
            throw .absurdSize(variable: name, value: text)
        }
    }

    private static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
