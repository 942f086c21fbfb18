import Foundation
import Testing

/// `eval` answers each line as it arrives, in constant memory, and takes
/// tens of thousands of values as arguments without a quadratic parse.
@Suite struct StreamingEvalTests {
    /// A writer that waits between lines: every answer must be out before
    /// the next line is written, and the header before the first.
    @Test func eachResultIsPrintedAsItsLineArrives() throws {
        let process = try SpawnedProcess(["eval", "relu"])
        #expect(process.waitForOutput(timeout: 20) { $0 == "x,value,derivative\n" }, "no header before any input: \(process.stdout)")
        process.write("1\n")
        #expect(process.waitForOutput(timeout: 20) { $0.hasSuffix("1.0,1.0,1.0\n") }, "no answer to line 1: \(process.stdout)")
        process.write("-2\n\n0.5")
        #expect(process.waitForOutput(timeout: 20) { $0.hasSuffix("-2.0,0.0,0.0\n") }, "no answer to line 2: \(process.stdout)")
        // A last line without its newline is answered at the end of input.
        #expect(!process.stdout.contains("0.5,"))
        process.closeInput()
        #expect(try process.wait(timeout: 20) == 0)
        #expect(process.stdout == "x,value,derivative\n1.0,1.0,1.0\n-2.0,0.0,0.0\n0.5,0.5,1.0\n")
    }

    /// Four million values through a pipe (the output goes to a file): the
    /// peak memory stays that of the program itself (about 25 MB), while the
    /// input is read and to the end. Reading everything first, as eval did,
    /// held 32 MB of values, and then the whole output.
    @Test func manyValuesInConstantMemory() throws {
        let process = try SpawnedProcess(["eval", "tanh"])
        let block = (0..<100_000).map { String(Double($0) / 1000) }.joined(separator: "\n") + "\n"
        for _ in 0..<40 { process.write(block) }
        // Every line but the pipe's last 64 KB has been read by now.
        let whileReading = try #require(process.peakResidentKilobytes())
        process.closeInput()
        let atTheEnd = try #require(process.peakResidentKilobytesUntilExit())
        #expect(try process.wait(timeout: 300) == 0)
        let lines = process.stdout.split(separator: "\n")
        #expect(lines.count == 4_000_001)
        #expect(lines.last?.hasPrefix("99.999,1.0,") == true)
        #expect(whileReading < 40_000 && atTheEnd < 40_000,
                "peak resident memory \(whileReading) kB while reading, \(atTheEnd) kB at the end, for 4 000 000 values")
    }

    @Test func aByteOrderMarkIsSkippedAndABadLineEndsTheOutputThere() throws {
        let marked = try BinaryRunner.run(["eval", "relu"], input: "\u{FEFF}1\n2\r\n")
        #expect(marked.status == 0)
        #expect(marked.stdout == "x,value,derivative\n1.0,1.0,1.0\n2.0,2.0,1.0\n")
        let bad = try BinaryRunner.run(["eval", "relu"], input: "1\nzwei\n3\n")
        #expect(bad.status == 1)
        #expect(bad.stdout == "x,value,derivative\n1.0,1.0,1.0\n")
        #expect(bad.stderr == "actview: eval: standard input line 2: 'zwei' is not a number\n")
        let long = try BinaryRunner.run(["eval", "relu"], input: "1\n" + String(repeating: "9", count: 5000) + "\n")
        #expect(long.status == 1)
        #expect(long.stderr == "actview: eval: standard input line 2 is longer than 4096 bytes; expected one number per line\n")
    }

    /// 40 000 values as arguments used to take about 30 s (the parser's
    /// quadratic path); the bound here is far above the fixed cost and far
    /// below the old one.
    @Test func fortyThousandArguments() throws {
        let values = (0..<40_000).map { String($0 - 20_000) }
        let started = Date()
        let r = try BinaryRunner.run(["eval", "relu"] + values, timeout: 60)
        let seconds = Date().timeIntervalSince(started)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 40_001)
        #expect(lines[1] == "-20000.0,0.0,0.0" && lines.last == "19999.0,19999.0,1.0")
        #expect(seconds < 15, "\(seconds) s")
        // Options and `--` still work among them.
        let mixed = try BinaryRunner.run(["eval", "leaky-relu", "-1", "--param", "slope=0.5", "--", "-2"])
        #expect(mixed.stdout == "x,value,derivative\n-1.0,-0.5,0.5\n-2.0,-1.0,0.5\n")
        let option = try BinaryRunner.run(["eval", "relu", "1", "--slope", "2"])
        #expect(option.status == 1 && option.stderr == "actview: eval: unknown option '--slope'\n")
    }
}
