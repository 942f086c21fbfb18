import Foundation
import Testing

/// The mouse end to end: the real binary under tmux, sent the bytes a
/// terminal sends for clicks and wheel turns (xterm's SGR 1006 encoding),
/// under a TERM whose terminfo names that encoding (curses decodes it) and
/// one whose does not (the explorer decodes it itself).
@Suite(.serialized) struct TmuxMouseTests {
    static var binary: String { BinaryRunner.executable.path }

    /// A press and its release at a 1-based cell, as xterm reports them.
    static func click(_ column: Int, _ row: Int, button: Int = 0) -> String {
        "\u{1B}[<\(button);\(column);\(row)M\u{1B}[<\(button);\(column);\(row)m"
    }

    static func flags(_ tmux: TmuxSession) throws -> String {
        try tmux.run(["display-message", "-p", "-t", "0", "#{mouse_standard_flag}#{mouse_sgr_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The 0-based column where `text` starts on the last row.
    static func statusColumn(of text: String, in screen: String) -> Int? {
        guard let bar = screen.split(separator: "\n", omittingEmptySubsequences: false).last(where: { !$0.isEmpty }),
              let range = bar.range(of: text) else { return nil }
        return bar.distance(from: bar.startIndex, to: range.lowerBound)
    }

    func doubleClick(_ tmux: TmuxSession, _ column: Int, _ row: Int) throws {
        try tmux.type(Self.click(column, row), enter: false)
        usleep(100_000)
        try tmux.type(Self.click(column, row), enter: false)
    }

    @Test(arguments: ["xterm-256color", "screen-256color"])
    func clicksDoubleClicksTheWheelAndKeyHints(term: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("TERM=\(term) \(Self.binary) --paused")
        // The status bar, whose hints are clicked, is the last row a frame writes.
        var screen = try tmux.waitFor("the whole first frame", timeout: 30) {
            TmuxTests.headerActivation(in: $0) != nil && $0.contains("q:quit")
        }
        // The explorer asked the terminal for SGR mouse reports.
        #expect(try Self.flags(tmux) == "11")

        // A click on "?:help" in the status bar opens the help; a click closes it.
        let help = try #require(Self.statusColumn(of: "?:help", in: screen))
        try tmux.type(Self.click(help + 1, 30), enter: false)
        screen = try tmux.waitFor("the help after a click") { $0.contains("this help") }
        try tmux.type(Self.click(10, 10), enter: false)
        screen = try tmux.waitFor("the help to close") { !$0.contains("this help") }

        // A double-click on the training pane (row 20) zooms it to the whole body, and another comes back.
        // (Two writes, as a terminal sends them: a person's clicks are never one burst.)
        try doubleClick(tmux, 5, 20)
        screen = try tmux.waitFor("the training pane zoomed") {
            $0.split(separator: "\n").dropFirst().first?.hasPrefix("┌─ Training") == true
        }
        try doubleClick(tmux, 5, 20)
        screen = try tmux.waitFor("the panes back") { $0.contains("Layer health") && $0.contains("Activation") }

        // The wheel over the plot halves its x range: the ±6 axis becomes ±3.
        #expect(!screen.contains("-3      -2"))
        try tmux.type("\u{1B}[<64;20;8M", enter: false)
        screen = try tmux.waitFor("the narrower x range") { $0.contains("-3") && !$0.contains("-6") }

        // A click in the plot moves the cursor: the read-out shows a new x.
        let before = screen.firstMatch(of: /x=(-?[0-9.]+)/).map { String($0.1) }
        try tmux.type(Self.click(12, 8), enter: false)
        screen = try tmux.waitFor("the cursor to move") { s in
            s.firstMatch(of: /x=(-?[0-9.]+)/).map { String($0.1) } != before
        }
        #expect(screen.contains("x=-"), "a click left of 0 puts the cursor at a negative x")

        // A click on "q:quit" quits, and mouse reporting is off again.
        let quit = try #require(Self.statusColumn(of: "q:quit", in: screen))
        try tmux.type(Self.click(quit + 1, 30), enter: false)
        #expect(try tmux.waitForExitStatus() == 0)
        #expect(try Self.flags(tmux) == "00")
    }

    /// Motion reports mean nothing to the explorer, and many of them in a
    /// row must not make it give up reading the terminal.
    @Test func motionReportsLeaveTheKeysWorking() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("\(Self.binary) --paused")
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) == "ReLU" }
        // Each report in a wake of its own, as a moving mouse sends them:
        // curses hands each over as a mouse key it cannot decode, and the
        // explorer once took fifty such wakes for a dead terminal and
        // stopped reading keys.
        for i in 0..<70 {
            try tmux.type("\u{1B}[<35;\(10 + i % 20);10M", enter: false)
            usleep(30_000)
        }
        try tmux.press("n")
        try tmux.waitFor("the next activation after the motion") { TmuxTests.headerActivation(in: $0) != "ReLU" }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("\(Self.binary) --paused --no-mouse")
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        #expect(try Self.flags(tmux) == "00")
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test func aSignalTurnsMouseReportingOff() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("\(Self.binary) --paused")
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        #expect(try Self.flags(tmux) == "11")
        let pid = try #require(try tmux.childPID())
        kill(pid, SIGTERM)
        #expect(try tmux.waitForExitStatus() == 143)
        #expect(try Self.flags(tmux) == "00")
    }
}
