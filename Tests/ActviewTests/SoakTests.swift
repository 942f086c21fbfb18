import Foundation
import Testing

/// The explorer left running in a class: the real binary under tmux, the
/// trainer working flat out, restarts, activation and data-set switches,
/// presets, overlays and resizes every half second, for
/// `ACTVIEW_SOAK_SECONDS` (60 by default; `Scripts/soak.sh` runs 30 minutes).
/// Memory is read from /proc after a warm-up that has visited every scene
/// once, and again at the end: it must stay flat, the numbers on screen
/// finite, and the program must quit cleanly.
@Suite(.serialized) struct SoakTests {
    /// Resident memory may grow this much after the warm-up. The warm-up
    /// has loaded every data set and built the largest network of the cycle
    /// (the lecture's 64-1000-10 and the 16-layer SELU net), so what is left
    /// is allocator noise. A restart of the lecture holds up to three of its
    /// 12.5 MB workspaces at once (the run being replaced, the restart
    /// template, the new run), and which of its visits sets the peak depends
    /// on timing: measured, the peak after the warm-up rose by 7–30 MB from
    /// run to run, with resident memory at the end below the warm-up's. A
    /// leak of one snapshot (history up to 2000 records of 56 bytes, a
    /// decision map of ~60×30 cells) per frame at 30 frames/s would add
    /// well over 100 MB a minute.
    static let allowedGrowthKB = 48 * 1024

    static var seconds: Double {
        ProcessInfo.processInfo.environment["ACTVIEW_SOAK_SECONDS"].flatMap { Double($0) }.map { max(20, $0) } ?? 60
    }

    /// Keys pressed in turn: every scene, restarts with and without a new
    /// seed, both overlays, the learning rate up and down, the log scale.
    /// The first P opens the lecture and 8 switches its 1000-unit layer to
    /// tanh, the largest restart of all (the old run, the restart template
    /// and the new run at once), so the warm-up's peak includes it.
    static let cycle: [String] = [
        "n", "n", "r", "2", "d", "i", "o", "R", "+", "+", "-", "L", "g", "?", "Escape", "a", "Down", "Enter",
        "P", "8", "d", "[", "]", "Left", "Right", "l", "h", "Space", "s", "s", "Space", "P", "1", "d", "P", "P",
    ]

    /// VmRSS and VmHWM of a process, in kB.
    static func memory(of pid: Int32) -> (rss: Int, peak: Int)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        func field(_ name: String) -> Int? {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "")
        }
        guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return nil }
        return (rss, peak)
    }

    @Test func explorerRunsForAMinuteWithFlatMemory() throws {
        let duration = Self.seconds
        let tmux = try TmuxSession(width: 140, height: 45)
        defer { tmux.close() }
        try tmux.launch(BinaryRunner.executable.path)
        try tmux.waitFor("the explorer", timeout: 20) { TmuxTests.headerActivation(in: $0) != nil }
        guard let pid = try tmux.childPID() else {
            Issue.record("no explorer process under the pane's shell")
            return
        }
        let start = Date()
        // One pass through the key cycle takes about 20 s.
        let warmUp = max(25, duration / 4)
        // Resident memory rises and falls with the scene (the lecture's
        // 1000-unit layer against a 32-32 spiral net), so compare the
        // highest reading of the warm-up with the highest of the last
        // quarter, and the peak (VmHWM) at both times.
        var atWarmUp: (rss: Int, peak: Int)?
        var last: (rss: Int, peak: Int)?
        var warmUpMaximum = 0, finalMaximum = 0
        var presses = 0, resizes = 0, screensChecked = 0
        var problems: [String] = []
        while Date().timeIntervalSince(start) < duration {
            try tmux.press(Self.cycle[presses % Self.cycle.count])
            presses += 1
            if presses % 40 == 0 {
                let sizes = [(140, 45), (80, 24), (200, 60), (30, 10), (140, 45)]
                let size = sizes[(presses / 40) % sizes.count]
                try tmux.resize(width: size.0, height: size.1)
                resizes += 1
            }
            usleep(500_000)
            if presses % 10 == 0 {
                let screen = try tmux.capture()
                screensChecked += 1
                if let row = screen.split(separator: "\n").first(where: { $0.contains(/(?:^|[^A-Za-z])(?:nan|inf)(?:[^A-Za-z]|$)/) }) {
                    problems.append("screen prints a non-finite number: \(row)")
                }
            }
            guard let now = Self.memory(of: pid) else {
                Issue.record("the explorer died after \(Int(Date().timeIntervalSince(start))) s and \(presses) keys; the pane shows:\n\(try tmux.capture())")
                return
            }
            last = now
            let elapsed = Date().timeIntervalSince(start)
            if elapsed < warmUp { warmUpMaximum = max(warmUpMaximum, now.rss) }
            if elapsed >= duration * 0.75 { finalMaximum = max(finalMaximum, now.rss) }
            if atWarmUp == nil, elapsed >= warmUp { atWarmUp = now }
        }
        // Close whatever overlay is open, then quit; apart, so the terminal
        // does not read Esc q as one Alt-q sequence.
        try tmux.press("Escape")
        usleep(300_000)
        try tmux.press("q")
        let status = try tmux.waitForExitStatus(timeout: 15)
        guard let atWarmUp, let last else {
            Issue.record("no memory readings")
            return
        }
        print("soak: \(Int(duration)) s, \(presses) keys, \(resizes) resizes, \(screensChecked) screens checked; "
            + "highest VmRSS \(warmUpMaximum) kB in the \(Int(warmUp)) s warm-up, \(finalMaximum) kB in the last quarter; "
            + "VmHWM \(atWarmUp.peak) → \(last.peak) kB")
        #expect(status == 0)
        #expect(problems.isEmpty, "\(problems.prefix(3))")
        #expect(finalMaximum - warmUpMaximum < Self.allowedGrowthKB,
                "resident memory grew from at most \(warmUpMaximum) kB to \(finalMaximum) kB")
        #expect(last.peak - atWarmUp.peak < Self.allowedGrowthKB,
                "peak memory grew from \(atWarmUp.peak) kB to \(last.peak) kB")
    }
}
