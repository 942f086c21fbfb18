import Foundation
import Testing

/// An 8-colour terminal (TERM=xterm) and mono, end to end: the shading is a
/// pattern the legend names, and grey frames stay grey (never yellow).
@Suite(.serialized) struct TmuxReducedColourTests {
    static var binary: String { BinaryRunner.executable.path }

    /// The foreground SGR code in force at each box-drawing frame character.
    static func frameForegrounds(in escaped: String) -> [String: Int] {
        var found: [String: Int] = [:]
        var foreground = "default"
        var scalars = Array(escaped.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            guard c == "\u{1B}" else {
                if "┌┐└┘─│".unicodeScalars.contains(c) { found[foreground, default: 0] += 1 }
                continue
            }
            guard scalars.first == "[" else { continue }
            scalars.removeFirst()
            var parameters = ""
            while let p = scalars.popFirst(), p != "m" { parameters.unicodeScalars.append(p) }
            for code in parameters.split(separator: ";", omittingEmptySubsequences: false) {
                if code == "0" || code == "" || code == "39" { foreground = "default" }
                if let n = Int(code), (30...37).contains(n) || (90...97).contains(n) { foreground = String(n) }
            }
        }
        return found
    }

    /// The pane once `expected` shows (the legend entry this test is about).
    func screen(_ arguments: String, term: String = "xterm", showing expected: String) throws -> (plain: String, escaped: String) {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch("TERM=\(term) \(Self.binary) --paused \(arguments)")
        let plain = try tmux.waitFor("'\(expected)' on screen", timeout: 30) { $0.contains(expected) }
        let escaped = try tmux.captureWithEscapes()
        try tmux.press("q")
        _ = try tmux.waitForExitStatus()
        return (plain, escaped)
    }

    @Test func eightColoursDrawPatternsAndGreyFrames() throws {
        let sigmoid = try screen("--activation sigmoid", showing: "·· saturated")
        // Yellow is the focused pane's highlight (226); the other frames' grey stays white.
        let frames = Self.frameForegrounds(in: sigmoid.escaped)
        #expect(frames["37", default: 0] > 2 * frames["33", default: 0], "frame cells by colour: \(frames)")
        let relu = try screen("--activation relu --theme light", showing: "░░ zero slope")
        // Light: the highlight is red, so no frame at all may be yellow.
        #expect(Self.frameForegrounds(in: relu.escaped)["33"] == nil)
    }

    @Test func monoAndNoColourDrawThePatternsToo() throws {
        // (Each waits until its pattern's legend shows, or fails.)
        _ = try screen("--activation sigmoid --theme mono", term: "xterm-256color", showing: "·· saturated")
        _ = try screen("--activation relu --color never", term: "xterm-256color", showing: "░░ zero slope")
    }
}
