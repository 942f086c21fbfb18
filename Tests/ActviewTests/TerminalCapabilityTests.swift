import Foundation
import Testing

/// What actview does with the terminal it is given: colour only where
/// terminfo has colours, no explorer without cursor addressing, a window
/// size no environment variable can inflate, English where Hangul cannot
/// show.
@Suite(.serialized) struct TerminalCapabilityTests {
    static let binary = BinaryRunner.executable.path

    /// Runs `plot` in a tmux pane (stdout a terminal) and returns the
    /// colour codes the pane received.
    static func plotColourCodes(term: String, color: String = "auto") throws -> [String] {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("TERM=\(term) \(binary) plot tanh --size 70x16 --color \(color)")
        #expect(try tmux.waitForExitStatus() == 0)
        return TmuxAppearanceTests.colourCodes(in: try tmux.captureWithEscapes())
    }

    @Test(arguments: ["dumb", "vt100"])
    func plotSendsNoColourWhereTerminfoHasNone(term: String) throws {
        let codes = try Self.plotColourCodes(term: term)
        #expect(codes.isEmpty, "TERM=\(term): \(Set(codes))")
    }

    @Test func plotUsesAnEightColourTerminalsOwnCodes() throws {
        let codes = try Self.plotColourCodes(term: "xterm")
        #expect(!codes.isEmpty)
        let ranges: [ClosedRange<Int>] = [30...37, 40...47, 90...97, 100...107]
        let basic = Set(ranges.flatMap { $0.map(String.init) })
        #expect(codes.allSatisfy { basic.contains($0) }, "\(Set(codes))")
    }

    @Test func plotUses256ColoursWhereTerminfoHasThem() throws {
        let codes = try Self.plotColourCodes(term: "xterm-256color")
        #expect(codes.contains { $0.hasPrefix("38;5;") }, "\(Set(codes))")
    }

    @Test func theExplorerRefusesATerminalThatCannotMoveItsCursor() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch("TERM=dumb \(Self.binary) 2> err.txt")
        #expect(try tmux.waitForExitStatus(timeout: 30) == 1)
        let errors = try String(contentsOf: tmux.directory.appendingPathComponent("err.txt"), encoding: .utf8)
        #expect(errors == "actview: the explorer needs a terminal that can move its cursor, and TERM='dumb' cannot; "
                + "try 'actview plot sigmoid' or 'actview train'\n")
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
    }

    @Test func aTerminalOpenedForWritingOnlyIsRefused() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        defer { tmux.close() }
        try tmux.launch("\(Self.binary) 0>/dev/tty 2> err.txt")
        #expect(try tmux.waitForExitStatus(timeout: 30) == 1)
        let errors = try String(contentsOf: tmux.directory.appendingPathComponent("err.txt"), encoding: .utf8)
        #expect(errors.hasPrefix("actview: the explorer needs to read keys, and standard input is a terminal opened for writing only"))
        #expect(errors.split(separator: "\n").count == 1)
    }

    /// COLUMNS=10000 LINES=10000 made curses allocate a 10000×10000 screen
    /// (3.3 GB) and then fail. The window's real size wins.
    @Test func absurdColumnsAndLinesCannotInflateTheScreen() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        try tmux.launch("COLUMNS=10000 LINES=10000 \(Self.binary)")
        let screen = try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        // Drawn for the pane: the bottom border row is the pane's last.
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count <= 31)
        let pid = try #require(try tmux.childPID())
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? Int.max
        #expect(peak < 400_000, "peak resident memory \(peak) kB")
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test(arguments: [
        ("--lang ko --ascii", "", "Korean needs Hangul, which --ascii leaves out: showing English"),
        ("--lang ko", "LC_ALL=C ", "Korean needs a UTF-8 locale, and 'C' is not one installed here: showing English"),
        ("", "LANG=ko_KR.UTF-8 ", "Korean needs a UTF-8 locale, and 'ko_KR.UTF-8' is not one installed here: showing English"),
    ])
    func koreanFallsBackToEnglishWithANotice(options: String, environment: String, notice: String) throws {
        let installed = (try? String(contentsOfFile: "/usr/lib/locale/locale-archive", encoding: .isoLatin1))?
            .contains("ko_KR") ?? false
        guard !(environment.contains("ko_KR") && installed) else { return }  // the locale exists here
        let tmux = try TmuxSession(width: 140, height: 36)
        defer { tmux.close() }
        try tmux.launch("\(environment)\(Self.binary) \(options)")
        let screen = try tmux.waitFor("the notice", timeout: 30) { $0.contains(notice) }
        #expect(!screen.contains("??"), "\(screen)")
        #expect(!screen.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "Hangul on screen: \(screen)")
        #expect(TmuxTests.headerActivation(in: screen) != nil)
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test func snapshotFallsBackToEnglishUnderASCII() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("actview-ko-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try BinaryRunner.run(["snapshot", "--lang", "ko", "--ascii", "--steps", "5", "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stderr == "actview: Korean needs Hangul, which --ascii leaves out: showing English\n")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(!text.contains("??"))
    }
}
