import Foundation
import Testing

/// `S` (screenshot) and `e` (metrics) through the real binary: each press
/// writes new files under fresh names, never over an existing one, by way of
/// a temporary file renamed or linked into place; a directory that cannot
/// be written gets a line in the status bar and the explorer carries on.
@Suite(.serialized) struct ExportFileTests {
    static func files(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    static var strace: String? {
        ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func savesNewFilesAtomicallyAndNeverOverwrites() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        let binary = BinaryRunner.executable.path
        // Under strace when available, to see how each file comes into being.
        let traced = Self.strace.map { "\($0) -f -qq -e trace=openat,rename,renameat,renameat2,link,linkat -o trace.txt " } ?? ""
        try tmux.launch(traced + binary)
        try tmux.waitFor("training under way", timeout: 30) { (TmuxTests.stepCount(in: $0) ?? 0) > 0 }
        // Three screenshots within a second or two: names must not collide.
        for _ in 0..<3 { try tmux.press("S") }
        try tmux.waitFor("the saved notice") { $0.contains("saved actview-") }
        try tmux.press("e")
        try tmux.waitFor("the metrics notice") { $0.contains("saved actview-metrics-") }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 20) == 0)

        let names = Self.files(in: tmux.directory).filter { $0.hasPrefix("actview-") }
        let svgs = names.filter { $0.hasSuffix(".svg") }, texts = names.filter { $0.hasSuffix(".txt") }
        let csvs = names.filter { $0.hasPrefix("actview-metrics-") && $0.hasSuffix(".csv") }
        #expect(svgs.count == 3 && texts.count == 3, "\(names)")
        #expect(csvs.count == 1, "\(names)")
        // Each screenshot's text twin shares its stem.
        #expect(Set(svgs.map { $0.dropLast(4) }) == Set(texts.map { $0.dropLast(4) }))
        // No temporary files left behind.
        #expect(!Self.files(in: tmux.directory).contains { $0.contains(".tmp-") }, "\(Self.files(in: tmux.directory))")
        for name in svgs {
            let svg = try String(contentsOf: tmux.directory.appendingPathComponent(name), encoding: .utf8)
            #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"), "\(name) starts \(svg.prefix(40))")
            #expect(svg.hasSuffix("</svg>\n") || svg.hasSuffix("</svg>"), "\(name) is cut short")
        }
        if let csv = csvs.first {
            let text = try String(contentsOf: tmux.directory.appendingPathComponent(csv), encoding: .utf8)
            #expect(text.hasPrefix("run,activation,step,"))
            #expect(text.split(separator: "\n").count > 1)
        }

        guard traced.isEmpty == false else {
            // Required, like tmux: without it the atomic-write check cannot run.
            Issue.record("strace is not installed, so the temporary-file-and-rename check cannot run")
            return
        }
        // Every final name is reached by rename or link from a temporary
        // file, and none is ever opened for writing itself.
        let trace = try String(contentsOf: tmux.directory.appendingPathComponent("trace.txt"), encoding: .utf8)
        for name in names {
            let lines = trace.split(separator: "\n").filter { $0.contains("/" + name + "\"") || $0.contains("\"" + name + "\"") }
            #expect(lines.contains { $0.contains("rename") || $0.contains("link") }, "\(name): \(lines)")
            #expect(!lines.contains { $0.contains("openat(") && $0.contains("O_WRONLY") }, "\(name) written in place: \(lines)")
        }
    }

    @Test func anUnwritableDirectoryIsReportedInTheStatusBar() throws {
        let tmux = try TmuxSession(width: 140, height: 40)
        defer { tmux.close() }
        // Nothing can create files in /proc, not even root.
        try tmux.launch("cd /proc && " + BinaryRunner.executable.path)
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        try tmux.press("S")
        let screen = try tmux.waitFor("the failure notice") { $0.contains("screenshot not saved") }
        #expect(screen.contains("/proc/actview-"), "the notice should name the file: \(screen)")
        try tmux.press("e")
        try tmux.waitFor("the metrics failure notice") { $0.contains("metrics not saved") }
        // Still running: the training counter keeps moving.
        let before = TmuxTests.stepCount(in: try tmux.capture())
        try tmux.press("r")
        try tmux.waitFor("training to go on") { (TmuxTests.stepCount(in: $0) ?? 0) > 0 && TmuxTests.stepCount(in: $0) != before }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 15) == 0)
        #expect(!Self.files(in: URL(fileURLWithPath: "/proc")).contains { $0.hasPrefix("actview") })
    }
}

/// `w` saves the scene on screen and `W` shows it as a command, through the
/// real binary; the saved file opens the same scene again.
@Suite(.serialized) struct SceneKeyTests {
    @Test func wSavesTheSceneAndItReopens() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch(BinaryRunner.executable.path + " --preset dead-relu --lang en")
        try tmux.waitFor("training under way", timeout: 30) { (TmuxTests.stepCount(in: $0) ?? 0) > 0 }
        try tmux.press("4")
        try tmux.press("w")
        try tmux.waitFor("the scene notice") { $0.contains("saved actview-scene-") }
        try tmux.press("W")
        try tmux.waitFor("the command window") { $0.contains("--activation elu") }
        try tmux.press("x")
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus(timeout: 20) == 0)
        let names = ExportFileTests.files(in: tmux.directory).filter { $0.hasPrefix("actview-scene-") && $0.hasSuffix(".json") }
        #expect(names.count == 1, "\(names)")
        let file = try #require(names.first.map { tmux.directory.appendingPathComponent($0) })
        let r = try BinaryRunner.run(["explore", "--scene", file.path, "--print-command"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("actview explore --preset dead-relu --activation elu"), "\(r.stdout)")
    }
}
