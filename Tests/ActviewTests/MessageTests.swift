import Foundation
import Testing

/// The messages the issue found misleading now name the real cause, and no
/// number or path is printed wrong.
@Suite struct MessageTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-msg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    static func oneLine(_ r: BinaryRunner.Result, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, "status \(r.status)", sourceLocation: sourceLocation)
        #expect(r.stderr == "actview: \(expected)\n", sourceLocation: sourceLocation)
    }

    @Test func negativeNumbersAreReadAsValues() throws {
        Self.oneLine(try BinaryRunner.run(["train", "--epochs", "-1"]), "the number of epochs must be at least 1 (got -1)")
        Self.oneLine(try BinaryRunner.run(["train", "--batch", "-5"]),
                     "the batch size must be 0 (whole set) or positive (got -5)")
        // The documented negative label column works.
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("labels-first.csv").path
        let rows = (0..<40).map { "\($0 % 2),\(Double($0) * 0.1),\(Double($0 % 2) * 3)" }
        try Data(("label,x,y\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let r = try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--label-column", "-3", "--epochs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let zero = try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--label-column", "0", "--epochs", "1"])
        #expect(zero.status == 0 && zero.stdout.split(separator: "\n").first == r.stdout.split(separator: "\n").first)
    }

    @Test func sizesTakeTheMultiplicationSign() throws {
        let plot = try BinaryRunner.run(["plot", "relu", "--size", "60×16", "--format", "text"])
        #expect(plot.status == 0, "\(plot.stderr)")
        #expect(plot.stdout.split(separator: "\n").count == 16)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("actview-size-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: out) }
        let snapshot = try BinaryRunner.run(["snapshot", "--steps", "3", "--size", "100×30", "--out", out.path])
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count >= 30)
    }

    @Test func unknownHelpTopicsAreErrors() throws {
        Self.oneLine(try BinaryRunner.run(["help", "nonexistent"]),
                     "unknown help topic 'nonexistent'; expected explore, list, eval, plot, train, compare, export, claims, bench, snapshot, lesson")
        Self.oneLine(try BinaryRunner.run(["help", "trian"]), "unknown help topic 'trian'; did you mean: train?")
        let known = try BinaryRunner.run(["help", "train"])
        #expect(known.status == 0 && known.stdout.contains("USAGE: actview train"))
    }

    @Test func theInitialisersBadParameterIsNamed() throws {
        let r = try BinaryRunner.run(["train", "--init", "uniform:0"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("the bound B of uniform:B must be a positive number, got '0'"), "\(r.stderr)")
        #expect(!r.stderr.contains("unknown initializer"))
    }

    /// 5e-324 is 0 in Float32: refused. 1e-30 is not, yet changes no weight:
    /// the run goes on, with one line on stderr saying so, measured.
    @Test func aLearningRateTooSmallForFloat32() throws {
        let zero = try BinaryRunner.run(["train", "--lr", "5e-324"])
        #expect(zero.status == 1)
        #expect(zero.stderr.contains("the learning rate 5e-324 is 0 in Float32"), "\(zero.stderr)")
        let tiny = try BinaryRunner.run(["train", "--lr", "1e-30", "--epochs", "2", "--dataset", "xor"])
        #expect(tiny.status == 0)
        #expect(tiny.stderr == "actview: learning rate 1e-30 changed no weight in epoch 1: in Float32 each step "
                + "(rate × gradient) is below half the spacing of the numbers around every weight; raise --lr\n")
        #expect(tiny.stdout.split(separator: "\n").count == 4)
        let fine = try BinaryRunner.run(["train", "--lr", "1e-4", "--epochs", "1", "--dataset", "xor"])
        #expect(fine.status == 0 && fine.stderr.isEmpty, "\(fine.stderr)")
    }

    /// A CSV path holding an escape sequence is printed escaped, as in
    /// error lines and the explorer's header.
    @Test func pathsAreEscapedInTrainsHeader() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("clear\u{1B}[2J.csv").path
        let rows = (0..<40).map { "\(Double($0) * 0.1),\(Double($0 % 2) * 3),\($0 % 2)" }
        try Data(rows.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        let r = try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--epochs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.contains("\u{1B}"))
        #expect(r.stdout.hasPrefix("# csv:\(directory.path)/clear\\u{1B}[2J.csv 32/8 |"), "\(r.stdout)")
    }

    /// No test examples: the test columns say "-", never nan.
    @Test func aSplitThatDoesNotExistIsADash() throws {
        let r = try BinaryRunner.run(["train", "--dataset", "xor", "--test-fraction", "0", "--epochs", "2"])
        #expect(r.status == 0)
        #expect(!r.stdout.lowercased().contains("nan"))
        let rows = r.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)
        for row in rows {
            let fields = row.split(separator: " ")
            #expect(fields[3] == "-" && fields[5] == "-", "\(row)")
        }
        let csv = try BinaryRunner.run(["train", "--dataset", "xor", "--test-fraction", "0", "--epochs", "1", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)[3] == "")
    }

    /// Ranges near Double's limit are drawn across the whole width: f(x) = x
    /// has dots in every column of the plot.
    @Test(arguments: ["0:1e306", "-1e307:1e307", "1e300:2e300", "-1e-300:1e-300", "1e15:1.0000000001e15"])
    func plotDrawsEveryAcceptedRangeAcrossItsWidth(range: String) throws {
        let r = try BinaryRunner.run(["plot", "linear", "--range", range, "--size", "60x14", "--format", "text", "--no-derivative"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        var columns: Set<Int> = []
        for row in rows {
            for (x, character) in row.enumerated() where ("\u{2801}"..."\u{28FF}").contains(character) { columns.insert(x) }
        }
        // The curve runs from the plot's first column to its last.
        let first = try #require(columns.min()), last = try #require(columns.max())
        #expect(columns.count == last - first + 1, "\(range): gaps in \(columns.sorted())")
        #expect(last >= 56, "\(range): the curve stops at column \(last)\n\(r.stdout)")
    }
}
