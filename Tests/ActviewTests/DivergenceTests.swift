import Foundation
import Testing

/// A learning rate far too large, with every activation in the catalogue:
/// `train` stops with status 3 and one line naming the reason; the explorer
/// shows "diverged" with the reason, and `r` starts a clean run. Nothing
/// prints "nan" or "inf" as a number on the way.
@Suite(.serialized) struct DivergenceTests {
    /// Every activation name, from `actview list` rather than a copy here.
    static func activationNames() throws -> [String] {
        let r = try BinaryRunner.run(["list", "--format", "csv"], timeout: 30)
        #expect(r.status == 0)
        return r.stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
    }

    static func spellsNonFinite(_ text: some StringProtocol) -> Bool {
        String(text).contains(/(?:^|[^A-Za-z])(?:nan|inf)(?:[^A-Za-z]|$)/)
    }

    @Test func trainStopsWithStatus3AndTheReasonForEveryActivation() throws {
        let names = try Self.activationNames()
        #expect(names.count >= 13, "\(names)")
        for name in names {
            let r = try BinaryRunner.run(["train", "--dataset", "xor:n=40", "--epochs", "20", "--lr", "1000",
                                          "--activation", name, "--format", "csv"], timeout: 60)
            #expect(r.status == 3, "\(name): status \(r.status), stderr \(r.stderr)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("actview: diverged: "), "\(name): \(r.stderr)")
            // The reason says what and when: a loss that exploded or stopped being finite, at a step.
            let reason = lines.first.map { $0.dropFirst("actview: diverged: ".count) } ?? ""
            #expect(reason.contains("at step") && (reason.contains("exploded") || reason.contains("NaN") || reason.contains("infinite")),
                    "\(name): \(reason)")
            #expect(!Self.spellsNonFinite(r.stdout), "\(name) printed a non-finite number: \(r.stdout)")
        }
    }

    /// The explorer's `+` doubles the rate up to its ceiling of 100 (14
    /// presses from 0.01); that diverges every activation within 300 steps.
    /// `r` then restarts at step 0 with the state clean, and with the rate
    /// lowered again the run trains.
    @Test func explorerShowsDivergenceAndRestartsCleanlyForEveryActivation() throws {
        let names = try Self.activationNames()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-diverge-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let up = String(repeating: "+", count: 14), down = String(repeating: "-", count: 14)
        for name in names {
            func screen(_ keys: String) throws -> String {
                let out = directory.appendingPathComponent("\(name).txt").path
                let r = try BinaryRunner.run(["snapshot", "--activation", name, "--steps", "0", "--keys", keys,
                                              "--size", "120x36", "--out", out], timeout: 60)
                #expect(r.status == 0, "\(name) \(keys): \(r.stderr)")
                return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            }
            let diverged = try screen(up + "<steps:300>")
            let line = diverged.split(separator: "\n").first { $0.contains("diverged: ") }
            #expect(line != nil, "\(name): no 'diverged' on screen:\n\(diverged)")
            if let line, let range = line.range(of: "diverged: ") {
                #expect(line[range.upperBound...].trimmingCharacters(in: .whitespaces).count > 10, "\(name): no reason in '\(line)'")
            }
            #expect(!Self.spellsNonFinite(diverged), "\(name): a non-finite number on screen:\n\(diverged)")

            let restarted = try screen(up + "<steps:300>r")
            #expect(!restarted.contains("diverged"), "\(name): still diverged after r:\n\(restarted)")
            #expect(restarted.contains("step 0 "), "\(name): r did not start at step 0:\n\(restarted)")

            let recovered = try screen(up + "<steps:300>" + down + "r<steps:40>")
            #expect(!recovered.contains("diverged"), "\(name): diverged at the original rate:\n\(recovered)")
            #expect(recovered.contains("step 40 "), "\(name): the new run did not train:\n\(recovered)")
        }
    }

    /// The same story live, under tmux: divergence appears on screen while
    /// the trainer thread runs, and the restart clears it.
    @Test(arguments: ["relu", "sigmoid"])
    func liveExplorerDivergesAndRecovers(activation: String) throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch(BinaryRunner.executable.path + " --activation " + activation)
        try tmux.waitFor("the explorer", timeout: 20) { TmuxTests.headerActivation(in: $0) != nil }
        for _ in 0..<14 { try tmux.press("+") }
        // The default run is short; restart so the whole run is at the high rate.
        try tmux.press("r")
        let screen = try tmux.waitFor("'diverged' on screen", timeout: 20) { $0.contains("diverged: ") }
        #expect(!Self.spellsNonFinite(screen), "\(screen)")
        for _ in 0..<14 { try tmux.press("-") }
        try tmux.press("r")
        try tmux.waitFor("a clean run", timeout: 20) { !$0.contains("diverged") && (TmuxTests.stepCount(in: $0) ?? 0) > 0 }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
    }
}
