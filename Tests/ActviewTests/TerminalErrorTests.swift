import Foundation
import Testing

/// The explorer needs a terminal; without one it says so in one line.
@Suite(.serialized) struct TerminalErrorTests {
    @Test func withoutATerminalOneLineAndNonZero() throws {
        // BinaryRunner connects stdin, stdout and stderr to pipes.
        let r = try BinaryRunner.run([], timeout: 20)
        #expect(r.status != 0 && r.status != 124)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("actview: the explorer needs a terminal") == true, "stderr: \(r.stderr)")
        #expect(r.stderr.contains("actview plot sigmoid"))
    }

    @Test func unknownTerminalTypeOneLineAndShellStaysUsable() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch("TERM=nonexistent-terminal \(BinaryRunner.executable.path) 2> err.txt")
        let status = try tmux.waitForExitStatus(timeout: 30)
        #expect(status != 0)
        let errors = try String(contentsOf: tmux.directory.appendingPathComponent("err.txt"), encoding: .utf8)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(errors)")
        #expect(lines.first?.hasPrefix("actview: the explorer needs a terminal") == true, "stderr: \(errors)")
        #expect(errors.contains("nonexistent-terminal"))
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
    }
}
