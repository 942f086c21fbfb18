import Foundation
import Testing

/// The explorer's save keys under tmux: files appear under new timestamped
/// names, never over old ones, and a failed write is a status-bar notice.
@Suite(.serialized) struct TmuxExportTests {
    static func files(in directory: URL, matching suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix("actview-") && $0.hasSuffix(suffix) }.sorted()
    }

    @Test func screenshotAndMetricsAreWrittenUnderNewNames() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch(BinaryRunner.executable.path)
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        // Two screenshots within the same second must not overwrite each other.
        try tmux.press("S")
        try tmux.press("S")
        try tmux.waitFor("a save notice") { $0.contains("saved actview-") }
        let deadline = Date().addingTimeInterval(10)
        while (Self.files(in: tmux.directory, matching: ".svg").count < 2
               || Self.files(in: tmux.directory, matching: ".txt").count < 2) && Date() < deadline {
            usleep(50_000)
        }
        let svgs = Self.files(in: tmux.directory, matching: ".svg")
        let texts = Self.files(in: tmux.directory, matching: ".txt")
        #expect(svgs.count == 2, "svg files: \(svgs)")
        #expect(texts.count == 2, "text files: \(texts)")
        #expect(svgs.allSatisfy { $0.firstMatch(of: /^actview-\d{8}-\d{6}(-\d+)?\.svg$/) != nil }, "\(svgs)")
        if let first = svgs.first {
            let svg = try String(contentsOf: tmux.directory.appendingPathComponent(first), encoding: .utf8)
            #expect(svg.contains("<svg"))
        }
        if let first = texts.first {
            let text = try String(contentsOf: tmux.directory.appendingPathComponent(first), encoding: .utf8)
            #expect(text.contains("actview"), "the text screenshot holds the header")
        }
        // No temporary files are left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmux.directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")

        try tmux.press("e")
        try tmux.waitFor("the metrics notice") { $0.contains("saved actview-metrics-") }
        let csvs = Self.files(in: tmux.directory, matching: ".csv")
        #expect(csvs.count == 1)
        if let csv = csvs.first {
            let text = try String(contentsOf: tmux.directory.appendingPathComponent(csv), encoding: .utf8)
            #expect(text.hasPrefix("run,activation,step"))
        }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }

    @Test func aFailedSaveIsANoticeNotACrash() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        // A working directory that no longer exists: every write fails
        // (file permissions would not stop root).
        try tmux.type("mkdir gone && cd gone && rmdir ../gone")
        try tmux.launch(BinaryRunner.executable.path)
        try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        try tmux.press("S")
        try tmux.waitFor("a failure notice") { $0.contains("not saved") }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }
}

/// How the explorer looks: colour depth, NO_COLOR, --color never, --ascii.
@Suite(.serialized) struct TmuxAppearanceTests {
    /// SGR parameters that select a colour: 30–37, 40–47, 90–97, 100–107, 38;5;n, 48;5;n.
    static func colourCodes(in screen: String) -> [String] {
        screen.matches(of: /\u{1B}\[([0-9;]*)m/).flatMap { match -> [String] in
            let parts = match.1.split(separator: ";").map(String.init)
            var codes: [String] = []
            var i = 0
            while i < parts.count {
                let n = Int(parts[i]) ?? 0
                if (n == 38 || n == 48) && i + 2 < parts.count && parts[i + 1] == "5" {
                    codes.append("\(n);5;\(parts[i + 2])")
                    i += 3
                    continue
                }
                if (30...37).contains(n) || (40...47).contains(n) || (90...97).contains(n) || (100...107).contains(n) {
                    codes.append(String(n))
                }
                i += 1
            }
            return codes
        }
    }

    func screen(_ command: String) throws -> (plain: String, escaped: String) {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch(command)
        let plain = try tmux.waitFor("the explorer", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil }
        let escaped = try tmux.captureWithEscapes()
        try tmux.press("q")
        _ = try tmux.waitForExitStatus()
        return (plain, escaped)
    }

    @Test func twoHundredFiftySixColoursByDefault() throws {
        let codes = Self.colourCodes(in: try screen(BinaryRunner.executable.path).escaped)
        #expect(codes.contains { $0.hasPrefix("38;5;") }, "colour codes: \(Set(codes))")
    }

    @Test func eightColourTerminalsGetOnlyTheEightColours() throws {
        let codes = Self.colourCodes(in: try screen("TERM=xterm \(BinaryRunner.executable.path)").escaped)
        #expect(!codes.isEmpty)
        let basic = Set((30...37).map(String.init) + (40...47).map(String.init))
        #expect(codes.allSatisfy { basic.contains($0) }, "colour codes: \(Set(codes))")
    }

    @Test(arguments: ["NO_COLOR=1 ACTVIEW", "ACTVIEW --color never"])
    func noColourWhenAsked(_ template: String) throws {
        let command = template.replacingOccurrences(of: "ACTVIEW", with: BinaryRunner.executable.path)
        let codes = Self.colourCodes(in: try screen(command).escaped)
        #expect(codes.isEmpty, "colour codes: \(Set(codes))")
    }

    @Test func koreanWideCharactersKeepTheColumnsAligned() throws {
        let plain = try screen("\(BinaryRunner.executable.path) --lang ko").plain
        let rows = plain.split(separator: "\n").map(String.init)
        let hangulRows = rows.filter { $0.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }
        #expect(hangulRows.count >= 3, "Korean labels on screen: \(hangulRows.count)")
        // A Hangul syllable takes two columns; a row whose right edge is a
        // border must end exactly at column 120.
        func columns(_ row: String) -> Int {
            row.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) ? 2 : 1) }
        }
        let bordered = hangulRows.filter { $0.hasSuffix("│") }
        #expect(!bordered.isEmpty)
        for row in bordered { #expect(columns(row) == 120, "row: \(row)") }
    }

    @Test func asciiDrawsOnlyASCII() throws {
        let plain = try screen("\(BinaryRunner.executable.path) --ascii").plain
        let foreign = plain.unicodeScalars.filter { !$0.isASCII }
        #expect(foreign.isEmpty, "non-ASCII on screen: \(String(String.UnicodeScalarView(foreign.prefix(20))))")
    }
}
