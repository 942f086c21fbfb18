import Foundation
import Testing

/// The runs that aborted on a failed allocation (exit 134, a
/// backtrace) are refused in one line before the memory is spent, in every
/// command that trains and in the explorer before curses starts.
@Suite(.serialized) struct MemoryBudgetCLITests {
    static func expectOneLineRefusal(_ r: BinaryRunner.Result, containing fragments: [String],
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, "status \(r.status), stderr: \(r.stderr)", sourceLocation: sourceLocation)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.stderr)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(r.stderr.contains(fragment), "missing '\(fragment)' in: \(r.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!r.stderr.contains("failed to allocate") && !r.stderr.contains("Backtrac"), sourceLocation: sourceLocation)
    }

    @Test func maxoutWithThreeHundredThousandPiecesIsRefused() throws {
        let arguments = ["train", "--dataset", "xor", "--hidden", "8", "--activation", "maxout", "--maxout-pieces", "300000"]
        // The default limit: at most 4 GiB, and the run needs 4.71 GiB and
        // 3 MiB of product buffers a core.
        Self.expectOneLineRefusal(try BinaryRunner.run(arguments), containing: [
            "actview: this run needs about 4.7", " GiB, more than the ", "memory limit",
            "the most is activations and gradients for 256 examples at once with 300000 maxout pieces a unit, 4.58 GiB"])
        Self.expectOneLineRefusal(try BinaryRunner.run(arguments + ["--memory-limit", "2G"]),
                                  containing: ["more than the --memory-limit of 2.00 GiB"])
        // Raised past the estimate, the limit lets the same shape through
        // when it is small enough to train here.
        let small = try BinaryRunner.run(["train", "--dataset", "xor:n=40", "--hidden", "8", "--activation", "maxout",
                                          "--maxout-pieces", "300", "--epochs", "1", "--memory-limit", "512M"])
        #expect(small.status == 0, "\(small.stderr)")
    }

    /// A CSV file with very wide rows: refused once its shape is known, or
    /// as its values are counted against a small limit.
    @Test func aWideCSVIsRefusedBeforeTheNetworkIsBuilt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("wide.csv").path
        // 4 rows of 400 000 columns (the had 4 000 000; the same
        // sums, ten times smaller, so the test stays quick).
        let row = String(repeating: "1,", count: 399_999)
        try Data((0..<4).map { row + "\($0 % 2)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        Self.expectOneLineRefusal(
            try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--hidden", "8", "--memory-limit", "256M"]),
            containing: ["this run needs about ", "more than the --memory-limit of 256 MiB",
                         "the most is activations and gradients for 256 examples at once"])
        Self.expectOneLineRefusal(
            try BinaryRunner.run(["train", "--dataset", "csv:\(path)", "--hidden", "8", "--memory-limit", "20M"]),
            containing: ["\(path): loading more than ", " values (from line ", "more than the --memory-limit of 20.0 MiB"])
    }

    /// A small gzip'd IDX file declaring 1 360 000 images of 28×28: refused
    /// from its header in train and in the explorer, before curses starts
    /// (the explorer's stdout here is a pipe: it refuses the scene before it
    /// even looks for a terminal).
    @Test func aGzipBombOfAnIDXFileIsRefusedFromItsHeader() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-bomb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var header: [UInt8] = [0, 0, 8, 3]
        for size: UInt32 in [1_360_000, 28, 28] { header += withUnsafeBytes(of: size.bigEndian, Array.init) }
        let images = header + [UInt8](repeating: 0, count: 1 << 20)
        try Data(gzip(images)).write(to: directory.appendingPathComponent("train-images-idx3-ubyte.gz"))
        var labels: [UInt8] = [0, 0, 8, 1]
        labels += withUnsafeBytes(of: UInt32(1_360_000).bigEndian, Array.init)
        try Data(labels + (0..<1_360_000).map { UInt8($0 % 10) }).write(to: directory.appendingPathComponent("train-labels-idx1-ubyte"))
        let spec = "mnist:\(directory.path)"
        for command in [["train", "--dataset", spec], ["--dataset", spec], ["snapshot", "--dataset", spec, "--out", "/tmp/x.svg"]] {
            let started = Date()
            Self.expectOneLineRefusal(try BinaryRunner.run(command), containing: [
                "this run needs about ", "the most is loading \(spec) (1360000×28×28 training images), "])
            #expect(Date().timeIntervalSince(started) < 10)
        }
    }

    @Test func theExplorerChecksItsOpeningSceneBeforeTakingTheTerminal() throws {
        let tmux = try TmuxSession(width: 100, height: 20)
        defer { tmux.close() }
        try tmux.type("stty -a > before.txt")
        try tmux.launch("\(BinaryRunner.executable.path) --preset lecture --memory-limit 8M 2> err.txt")
        #expect(try tmux.waitForExitStatus(timeout: 30) == 1)
        let errors = try String(contentsOf: tmux.directory.appendingPathComponent("err.txt"), encoding: .utf8)
        #expect(errors.hasPrefix("actview: this run needs about "), "\(errors)")
        #expect(errors.contains("more than the --memory-limit of 8.00 MiB"))
        #expect(try tmux.ttyModesMatch(saved: "before.txt"))
    }

    @Test(arguments: [["--memory-limit", "2048"], ["--memory-limit", "0G"], ["--memory-limit", "lots"]])
    func badLimitsAreOneLineErrors(arguments: [String]) throws {
        let r = try BinaryRunner.run(["train"] + arguments)
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains("--memory-limit"), "\(r.stderr)")
    }

    /// gzip through the system's gzip, so the test does not depend on the loader's own code.
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-9"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
