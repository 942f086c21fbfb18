import Foundation
import Testing

/// `actview snapshot`: the explorer's screen, headless, written atomically.
@Suite struct SnapshotCommandTests {
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("actview-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesPlainTextOfTheRequestedSize() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("screen.txt")
        let r = try BinaryRunner.run(["snapshot", "--steps", "5", "--size", "80x24", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let text = try String(contentsOf: out, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 24)
        #expect(lines.first?.contains("actview") == true)
        #expect(text.contains("Activation: ReLU"))
        #expect(text.contains("step 5"))
        // Nothing but the output is left in the directory (no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["screen.txt"])
    }

    @Test func keysArePressedAfterTraining() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("help.txt")
        let r = try BinaryRunner.run(["snapshot", "--steps", "0", "--size", "100x30", "--keys", "9<F1>",
                                      "--lang", "ko", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("키 안내"))
        #expect(text.contains("Sigmoid"))
    }

    @Test func writesSVGAndANSI() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("s.svg"), ans = dir.appendingPathComponent("s.ans")
        #expect(try BinaryRunner.run(["snapshot", "--steps", "0", "--size", "60x20", "--theme", "light", "--out", svg.path]).status == 0)
        #expect(try BinaryRunner.run(["snapshot", "--steps", "0", "--size", "60x20", "--out", ans.path]).status == 0)
        let svgText = try String(contentsOf: svg, encoding: .utf8)
        #expect(svgText.hasPrefix("<?xml"))
        #expect(svgText.contains("</svg>"))
        let ansText = try String(contentsOf: ans, encoding: .utf8)
        #expect(ansText.contains("\u{1B}["))
    }

    @Test func asciiOutputIsASCII() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("a.txt")
        let r = try BinaryRunner.run(["snapshot", "--steps", "3", "--size", "80x24", "--ascii", "--lang", "ko", "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test(arguments: [
        (["--size", "80by24"], "--size"),
        (["--size", "0x24"], "--size"),
        (["--size", "80x99999"], "--size"),
        (["--keys", "<Nope>"], "unknown key"),
        (["--keys", "a<Tab"], "unclosed"),
        (["--preset", "nope"], "'nope' is invalid for '--preset"),
        (["--activation", "relux"], "unknown activation"),
        (["--dataset", "moon"], "unknown dataset"),
        (["--lang", "fr"], "--lang"),
        (["--theme", "neon"], "--theme"),
        (["--steps", "-4"], "--steps"),
    ])
    func badInputIsOneLine(arguments: [String], fragment: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("x.txt")
        let r = try BinaryRunner.run(["snapshot", "--steps", "0"] + arguments + ["--out", out.path])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
        #expect(r.stderr.contains(fragment), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func badExtensionAndUnwritablePathAreOneLine() throws {
        for out in ["/tmp/actview-snapshot.png", "/nonexistent-dir/screen.txt"] {
            let r = try BinaryRunner.run(["snapshot", "--steps", "0", "--size", "40x12", "--out", out])
            #expect(r.status != 0)
            #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            #expect(r.stderr.hasPrefix("actview: "))
        }
    }
}
