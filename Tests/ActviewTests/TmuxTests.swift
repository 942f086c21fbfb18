import Foundation
import Testing

/// End-to-end runs of the explorer under tmux: the real binary, real keys, a
/// real (pseudo) terminal. Serialized: each run trains flat out, and two at
/// once on a small machine would only make the timings noisy.
@Suite(.serialized) struct TmuxTests {
    static var binary: String { BinaryRunner.executable.path }

    /// The training counter on screen ("step 1234"), if visible.
    static func stepCount(in screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /(?:step|스텝)[ :=]*([0-9][0-9,]*)/) else { return nil }
        return Int(match.1.replacingOccurrences(of: ",", with: ""))
    }

    /// The activation named in the header ("actview · ReLU · spiral · …",
    /// or with " | " between the parts under --ascii).
    static func headerActivation(in screen: String) -> String? {
        guard let header = screen.split(separator: "\n", omittingEmptySubsequences: false).first,
              header.trimmingCharacters(in: .whitespaces).hasPrefix("actview") else { return nil }
        let parts = header.split(whereSeparator: { $0 == "·" || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count > 1 ? parts[1] : nil
    }

    @Test func explorerTrainsSwitchesPausesResizesAndQuitsCleanly() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch(Self.binary)

        // Training runs: the step counter appears and advances.
        var screen = try tmux.waitFor("a step counter", timeout: 30) { Self.stepCount(in: $0) != nil }
        let firstCount = Self.stepCount(in: screen)!
        screen = try tmux.waitFor("the step counter to advance", timeout: 30) {
            (Self.stepCount(in: $0) ?? 0) > firstCount
        }

        // n walks through activations; the header names each one.
        var names = [Self.headerActivation(in: screen) ?? ""]
        for _ in 0..<4 {
            try tmux.press("n")
            let previous = names.last!
            screen = try tmux.waitFor("the activation after \(previous)") {
                guard let name = Self.headerActivation(in: $0) else { return false }
                return !name.isEmpty && name != previous
            }
            names.append(Self.headerActivation(in: screen)!)
        }
        #expect(Set(names).count == names.count, "activations shown: \(names)")

        // Space pauses: the counter holds still.
        try tmux.press("Space")
        // (Right after a switch the new run may not have reported yet.)
        _ = try tmux.waitFor("the paused state") { $0.contains("paused") && Self.stepCount(in: $0) != nil }
        // The screen says "paused" at once; a step already under way when the
        // key arrived still finishes and is reported within a frame or two.
        usleep(300_000)
        let pausedAt = Self.stepCount(in: try tmux.capture())
        usleep(800_000)
        let stillAt = Self.stepCount(in: try tmux.capture())
        #expect(pausedAt != nil && pausedAt == stillAt, "counter moved while paused: \(String(describing: pausedAt)) → \(String(describing: stillAt))")

        // ? opens the help overlay; ? again closes it.
        let beforeHelp = try tmux.capture()
        try tmux.press("?")
        // (The overlay lists the keys; the status bar alone never says "pause / resume".)
        let help = try tmux.waitFor("the help overlay") { $0 != beforeHelp && $0.contains("pause / resume") }
        try tmux.press("Escape")
        try tmux.waitFor("the help overlay to close") { $0 != help && !$0.contains("pause / resume") }

        // Resizes, down to a sliver, then back; the explorer keeps drawing.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("a 60-column layout") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count <= 21 && rows.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        try tmux.resize(width: 10, height: 5)
        usleep(300_000)
        try tmux.resize(width: 1, height: 1)
        usleep(300_000)
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("the full layout again") { Self.headerActivation(in: $0) != nil }
        #expect(try tmux.childPID() != nil, "the explorer died while resizing")

        // q quits with status 0 and leaves the terminal as it found it.
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
        try tmux.type("echo typed-$((6*7))")
        try tmux.waitFor("the shell to echo typed text") { $0.contains("echo typed-$((6*7))") && $0.contains("typed-42") }
    }

    @Test(arguments: [("TERM", 143), ("INT", 130), ("HUP", 129)])
    func signalRestoresTerminalAndExitsConventionally(signal: String, expected: Int) throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch(Self.binary)
        try tmux.waitFor("the explorer", timeout: 30) { Self.headerActivation(in: $0) != nil }
        guard let pid = try tmux.childPID() else {
            Issue.record("no explorer process under the pane's shell")
            return
        }
        kill(pid, signal == "TERM" ? SIGTERM : signal == "INT" ? SIGINT : SIGHUP)
        #expect(try tmux.waitForExitStatus() == expected)
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
    }

    @Test func altChordsInvalidBytesAndRepaintAreHarmless() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch(Self.binary)
        try tmux.waitFor("the explorer", timeout: 30) { Self.headerActivation(in: $0) != nil }
        let name = Self.headerActivation(in: try tmux.capture())
        // Alt-q and Alt-n arrive as Esc + key in one burst: neither may quit
        // nor switch. Invalid UTF-8 and an unknown CSI sequence are ignored.
        try tmux.press("M-q")
        try tmux.press("M-n")
        try tmux.run(["send-keys", "-t", "0", "-H", "ff", "fe", "c3", "28"])
        try tmux.run(["send-keys", "-t", "0", "-H", "1b", "5b", "39", "39", "7e"])
        try tmux.press("C-l")
        usleep(500_000)
        let screen = try tmux.waitFor("the explorer after odd input") { Self.headerActivation(in: $0) != nil }
        #expect(Self.headerActivation(in: screen) == name)
        #expect(try tmux.childPID() != nil, "the explorer exited on odd input")
        #expect(TmuxSession.exitStatus(in: screen) == nil)
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test func standardErrorWaitsUntilTheTerminalIsRestored() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch(Self.binary)
        try tmux.waitFor("the explorer", timeout: 30) { Self.headerActivation(in: $0) != nil }
        guard let pid = try tmux.childPID() else {
            Issue.record("no explorer process under the pane's shell")
            return
        }
        // As a library warning or a runtime error would: straight to fd 2.
        let line = "stderr-line-\(UInt32.random(in: 0...UInt32.max))"
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: "/proc/\(pid)/fd/2"))
        usleep(300_000)
        #expect(!(try tmux.capture().contains(line)), "stderr drew over the explorer")
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
        #expect(try tmux.capture().contains(line), "stderr was lost")
    }

    @Test func controlZSuspendsAndResumes() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch(Self.binary)
        try tmux.waitFor("the explorer", timeout: 30) { Self.headerActivation(in: $0) != nil }
        try tmux.press("C-z")
        try tmux.waitFor("the shell to report the job stopped") { $0.contains("Stopped") }
        // The shell's `echo "rc=$?"` ran when the job stopped: 128 + SIGTSTP.
        #expect(try tmux.waitForExitStatus() == 148)
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
        try tmux.type("clear; fg; echo \"fg-rc=$?\"")
        try tmux.waitFor("the explorer again") { Self.headerActivation(in: $0) != nil }
        try tmux.press("q")
        try tmux.waitFor("the resumed explorer to quit with status 0") { screen in
            screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "fg-rc=0" }
        }
    }
}
