import Foundation
import Testing

/// Signals beyond `TmuxTests` (one SIGINT, SIGTERM or SIGHUP at rest, and
/// Ctrl-Z typed): storms of SIGWINCH and of real resizes, SIGTSTP and
/// SIGCONT sent from outside, a spurious SIGCONT, and terminating signals
/// that arrive mid-storm, with an overlay open or while paused. Every run
/// must end with the documented status and the terminal as it was.
@Suite(.serialized) struct SignalTests {
    /// `stty -a` without the window size, which the resizes change on purpose.
    static let sttySettings = "stty -a | sed -E 's/rows [0-9]+; columns [0-9]+;//'"

    /// Starts the explorer in a fresh tmux pane after saving the tty settings.
    static func launch(_ tmux: TmuxSession, arguments: String = "") throws -> Int32 {
        try tmux.type("\(sttySettings) > before.txt")
        try tmux.launch(BinaryRunner.executable.path + (arguments.isEmpty ? "" : " " + arguments))
        try tmux.waitFor("the explorer", timeout: 20) { TmuxTests.headerActivation(in: $0) != nil }
        guard let pid = try tmux.childPID() else {
            throw TmuxSession.Failure(description: "no explorer process under the pane's shell")
        }
        return pid
    }

    /// Nil when the tty settings now are those saved before the launch;
    /// otherwise the difference. Each try prints a marker of its own, which
    /// the shell computes (the typed line never contains it), and only a
    /// whole line equal to it counts: a retry cannot read the first try's
    /// answer still on the screen.
    static func settingsChange(_ tmux: TmuxSession, name: String = "after") throws -> String? {
        for attempt in 1...2 {
            let token = UInt32.random(in: 1_000...999_999)
            let same = "STTY-SAME-\(token + 1)", different = "STTY-DIFFERENT-\(token + 1)"
            try tmux.type("clear; \(sttySettings) > \(name).txt; cmp -s before.txt \(name).txt "
                          + "&& echo STTY-SAME-$((\(token)+1)) || echo STTY-DIFFERENT-$((\(token)+1))")
            let screen = try tmux.waitFor("the stty comparison") { screen in
                screen.split(separator: "\n").contains { $0 == same || $0 == different }
            }
            if screen.split(separator: "\n").contains(where: { $0 == same }) { return nil }
            let before = (try? String(contentsOf: tmux.directory.appendingPathComponent("before.txt"), encoding: .utf8)) ?? ""
            let after = (try? String(contentsOf: tmux.directory.appendingPathComponent("\(name).txt"), encoding: .utf8)) ?? ""
            // An empty file means the shell lost the start of the typed line
            // (input typed while the program was still exiting), not a
            // changed terminal: type it again.
            if after.isEmpty && attempt == 1 {
                usleep(300_000)
                continue
            }
            return "before:\n\(before)\nafter:\n\(after)"
        }
        return nil
    }

    /// Brings the stopped job back. A stopped job loses the rest of its
    /// command line (the `echo rc=` of `launch`), so `fg` reports the status.
    static let resume = "clear; fg; echo \"rc=$?\""

    static func isAlive(_ pid: Int32) -> Bool { kill(pid, 0) == 0 && !isZombie(pid) }

    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }

    @Test func aStormOfSIGWINCHAndResizesThenQuit() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        let pid = try Self.launch(tmux)
        // 300 SIGWINCH without a size change, as fast as they can be sent.
        for _ in 0..<300 { kill(pid, SIGWINCH) }
        // 200 real resizes, many below the smallest layout.
        let sizes = [(120, 40), (1, 1), (200, 60), (40, 12), (2, 30), (300, 100), (80, 3), (61, 19)]
        for i in 0..<200 {
            let size = sizes[i % sizes.count]
            try tmux.resize(width: size.0, height: size.1)
            if i % 50 == 0 { for _ in 0..<50 { kill(pid, SIGWINCH) } }
        }
        #expect(Self.isAlive(pid), "the explorer died in the resize storm")
        // The layout follows the last size: a small one says so, with its numbers.
        try tmux.resize(width: 35, height: 11)
        try Self.expectTooSmallThenRestore(tmux, width: 35, height: 11)
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
        let change = try Self.settingsChange(tmux)
        #expect(change == nil, "terminal settings changed: \(change ?? "")")
    }

    /// The window is now `width`×`height`, below the smallest layout: the
    /// explorer says so with those numbers, then redraws fully at 100×30.
    static func expectTooSmallThenRestore(_ tmux: TmuxSession, width: Int, height: Int) throws {
        try tmux.waitFor("the too-small message for \(width)×\(height)") { $0.contains("too small: \(width)×\(height)") }
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("the explorer at 100×30") { TmuxTests.headerActivation(in: $0) != nil }
    }

    @Test func stopAndContinueFromOutside() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        let pid = try Self.launch(tmux)
        // A spurious SIGCONT while running changes nothing visible.
        kill(pid, SIGCONT)
        usleep(300_000)
        #expect(Self.isAlive(pid))
        try tmux.waitFor("the explorer after SIGCONT") { TmuxTests.headerActivation(in: $0) != nil }
        for round in 0..<3 {
            kill(pid, SIGTSTP)
            try tmux.waitFor("the shell to report the job stopped (round \(round))") { $0.contains("Stopped") }
            let change = try Self.settingsChange(tmux, name: "stopped\(round)")
            #expect(change == nil, "terminal not restored while stopped: \(change ?? "")")
            try tmux.type(Self.resume)
            try tmux.waitFor("the explorer again (round \(round))") {
                TmuxTests.headerActivation(in: $0) != nil && !$0.contains("STTY-")
            }
            // A resize while stopped is caught up with on return.
            if round == 1 {
                kill(pid, SIGTSTP)
                try tmux.waitFor("stopped again") { $0.contains("Stopped") }
                try tmux.resize(width: 30, height: 10)
                try tmux.type(Self.resume)
                try Self.expectTooSmallThenRestore(tmux, width: 30, height: 10)
            }
        }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
        let change = try Self.settingsChange(tmux)
        #expect(change == nil, "terminal settings changed: \(change ?? "")")
    }

    /// Terminating signals in awkward moments: mid-storm, with the help or
    /// the picker open, while paused, right after a stop and continue.
    @Test(arguments: [
        ("TERM", "storm", 143), ("INT", "help", 130), ("HUP", "picker", 129),
        ("TERM", "paused", 143), ("INT", "continued", 130), ("HUP", "storm", 129),
    ])
    func terminatingSignalAtAnAwkwardMoment(signal: String, moment: String, expected: Int) throws {
        let tmux = try TmuxSession(width: 110, height: 34)
        defer { tmux.close() }
        let pid = try Self.launch(tmux)
        let number = ["TERM": SIGTERM, "INT": SIGINT, "HUP": SIGHUP][signal]!
        switch moment {
        case "storm":
            for i in 0..<60 {
                try tmux.resize(width: 40 + (i * 37) % 160, height: 10 + (i * 13) % 50)
                kill(pid, SIGWINCH)
            }
        case "help":
            try tmux.press("?")
        case "picker":
            try tmux.press("a")
            try tmux.press("s")
        case "paused":
            try tmux.press("Space")
        case "continued":
            kill(pid, SIGTSTP)
            try tmux.waitFor("the job stopped") { $0.contains("Stopped") }
            try tmux.type(Self.resume)
            try tmux.waitFor("the explorer again") { TmuxTests.headerActivation(in: $0) != nil }
        default:
            Issue.record("unknown moment \(moment)")
        }
        usleep(200_000)
        kill(pid, number)
        #expect(try tmux.waitForExitStatus(timeout: 15) == expected)
        let change = try Self.settingsChange(tmux)
        #expect(change == nil, "terminal settings changed: \(change ?? "")")
        // The shell reads and echoes typed text again.
        try tmux.type("echo echo-$((40+2))")
        try tmux.waitFor("the shell to echo") { $0.contains("echo-42") }
    }

    /// The real-time signal the guard's list starts from (glibc keeps the
    /// first two for itself).
    static var firstRealTimeSignal: Int32 { __libc_current_sigrtmin() }

    /// Every other signal whose default action ends the process — the
    /// ones the explorer does not relay — restores the terminal in the
    /// handler and ends with 128 + n; nothing waits for a key.
    @Test(arguments: ["QUIT", "PIPE", "USR1", "USR2", "ALRM", "VTALRM", "XCPU", "XFSZ", "PROF", "PWR", "RTMIN+2"])
    func everySignalThatEndsTheProcessRestoresTheTerminal(signal name: String) throws {
        let numbers: [String: Int32] = [
            "QUIT": SIGQUIT, "PIPE": SIGPIPE, "USR1": SIGUSR1, "USR2": SIGUSR2, "ALRM": SIGALRM, "VTALRM": SIGVTALRM,
            "XCPU": SIGXCPU, "XFSZ": SIGXFSZ, "PROF": SIGPROF, "PWR": SIGPWR, "RTMIN+2": Self.firstRealTimeSignal + 2,
        ]
        let number = try #require(numbers[name])
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        let pid = try Self.launch(tmux)
        kill(pid, number)
        #expect(try tmux.waitForExitStatus(timeout: 15) == Int(128 + number), "SIG\(name)")
        #expect(!Self.isAlive(pid), "SIG\(name) left the explorer running")
        let screen = try tmux.capture()
        #expect(!screen.contains("Press space") && !screen.contains("Backtracing"), "SIG\(name): \(screen)")
        let change = try Self.settingsChange(tmux)
        #expect(change == nil, "SIG\(name) left the terminal changed: \(change ?? "")")
    }

    /// Ctrl-\\ typed at the keyboard: the tty driver's SIGQUIT.
    @Test func controlBackslashQuitsAndRestoresTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        _ = try Self.launch(tmux)
        try tmux.press("C-\\")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 131)
        let change = try Self.settingsChange(tmux)
        #expect(change == nil, "terminal settings changed: \(change ?? "")")
    }

    /// SIGTTOU (or SIGTTIN) from another process is a stop like Ctrl-Z: the
    /// terminal is given back first, and taken again on `fg`.
    @Test(arguments: ["TTOU", "TTIN"])
    func ttyStopSignalsFromOutsideSuspendCleanly(signal: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        let pid = try Self.launch(tmux)
        kill(pid, signal == "TTOU" ? SIGTTOU : SIGTTIN)
        try tmux.waitFor("the shell to report the job stopped") { $0.contains("Stopped") }
        let change = try Self.settingsChange(tmux, name: "stopped")
        #expect(change == nil, "terminal not restored while stopped: \(change ?? "")")
        try tmux.type(Self.resume)
        try tmux.waitFor("the explorer again") { TmuxTests.headerActivation(in: $0) != nil && !$0.contains("STTY-") }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
        #expect(try Self.settingsChange(tmux) == nil)
    }

    /// Ctrl-S would stop the terminal's output (IXON) until Ctrl-Q: the
    /// explorer turns flow control off, so frames keep coming.
    @Test func controlSDoesNotFreezeTheScreen() throws {
        let tmux = try TmuxSession(width: 110, height: 34)
        defer { tmux.close() }
        _ = try Self.launch(tmux)
        try tmux.press("C-s")
        let first = try tmux.waitFor("a step count") { TmuxTests.stepCount(in: $0) != nil }
        let before = try #require(TmuxTests.stepCount(in: first))
        try tmux.waitFor("training to go on after Ctrl-S", timeout: 30) { (TmuxTests.stepCount(in: $0) ?? 0) > before + 20 }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
        #expect(try Self.settingsChange(tmux) == nil)
    }

    /// A real crash (ACTVIEW_TEST_CRASH makes one after the first frame):
    /// the terminal is restored, then the runtime's report is printed, and
    /// nothing waits for a key — the runtime's interactive prompt would hold
    /// the process 30 s.
    @Test func aCrashRestoresTheTerminalFirstAndWaitsForNothing() throws {
        let tmux = try TmuxSession(width: 120, height: 50)
        defer { tmux.close() }
        try tmux.type("\(Self.sttySettings) > before.txt")
        try tmux.launch("ACTVIEW_TEST_CRASH=first-frame \(BinaryRunner.executable.path) 2> report.txt")
        let status = try tmux.waitForExitStatus(timeout: 25)
        // fatalError traps: SIGILL (ud2) on x86-64, SIGTRAP on arm64.
        #expect(status == 132 || status == 133, "status \(status)")
        let report = (try? String(contentsOf: tmux.directory.appendingPathComponent("report.txt"), encoding: .utf8)) ?? ""
        #expect(report.contains("Fatal error: a deliberate crash after the first frame"))
        #expect(report.contains("Backtrace took"), "no report: \(report.prefix(500))")
        #expect(!report.contains("Press space"))
        #expect(try Self.settingsChange(tmux) == nil)
    }

    /// The same for a headless command run at a terminal.
    @Test func aHeadlessCrashAtATerminalWaitsForNothing() throws {
        let tmux = try TmuxSession(width: 120, height: 50)
        defer { tmux.close() }
        try tmux.type("\(Self.sttySettings) > before.txt")
        try tmux.launch("ACTVIEW_TEST_CRASH=start \(BinaryRunner.executable.path) list")
        let status = try tmux.waitForExitStatus(timeout: 25)
        #expect(status == 132 || status == 133, "status \(status)")
        let screen = try tmux.capture()
        #expect(!screen.contains("Press space"), "\(screen)")
        #expect(try Self.settingsChange(tmux) == nil)
    }
}
