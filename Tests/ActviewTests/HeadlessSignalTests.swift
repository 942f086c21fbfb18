import Foundation
import Testing

/// Signals to the headless commands: every signal whose default action ends
/// the process ends `train` at once with 128 + n and no report (the Swift
/// runtime's handler used to print a backtrace and let training run on);
/// SIGINT, SIGTERM and SIGHUP end it after the current step with the rows
/// printed so far and one line saying where it stopped.
@Suite(.serialized) struct HeadlessSignalTests {
    /// Runs until stopped: a small net, many epochs, one row each.
    static let endless = ["train", "--dataset", "spiral:n=2000", "--hidden", "16", "--epochs", "1000000"]

    static func rows(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.first?.isWhitespace == true || $0.first?.isNumber == true }
    }

    static func startedTraining() throws -> SpawnedProcess {
        let process = try SpawnedProcess(endless)
        let running = process.waitForOutput(timeout: 60) { rows($0).count >= 3 }
        #expect(running, "train printed no rows: \(process.stderr)")
        return process
    }

    @Test(arguments: [
        (SIGQUIT, "QUIT"), (SIGUSR1, "USR1"), (SIGUSR2, "USR2"), (SIGALRM, "ALRM"), (SIGPIPE, "PIPE"),
        (SIGVTALRM, "VTALRM"), (SIGXCPU, "XCPU"), (SIGPROF, "PROF"), (__libc_current_sigrtmin() + 3, "RTMIN+3"),
    ])
    func endingSignalsEndTrainAtOnce(signal: Int32, name: String) throws {
        let process = try Self.startedTraining()
        process.signal(signal)
        let status = try process.wait(timeout: 10)
        #expect(status == 128 + signal, "SIG\(name): status \(status.map(String.init) ?? "none: still running")")
        #expect(process.stderr.isEmpty, "SIG\(name) printed: \(process.stderr.prefix(300))")
    }

    /// A crash signal that another process sends is not a crash: no report,
    /// the conventional status.
    @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP])
    func faultSignalsFromOutsideEndLikeAnyOther(signal: Int32) throws {
        let process = try Self.startedTraining()
        process.signal(signal)
        #expect(try process.wait(timeout: 10) == 128 + signal)
        #expect(!process.stderr.contains("Backtrac") && !process.stderr.contains("crashed"), "\(process.stderr.prefix(300))")
    }

    @Test(arguments: [(SIGINT, "table"), (SIGTERM, "table"), (SIGHUP, "table"), (SIGINT, "csv"), (SIGINT, "json")])
    func interruptionsKeepTheRowsAndSayWhereTrainingStopped(signal: Int32, format: String) throws {
        let process = try SpawnedProcess(Self.endless + ["--format", format])
        let running = process.waitForOutput(timeout: 60) { $0.split(separator: "\n").count >= 5 }
        #expect(running, "train printed no rows: \(process.stderr)")
        process.signal(signal)
        #expect(try process.wait(timeout: 10) == 128 + signal)
        let lines = process.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let pattern = /interrupted at step (\d+), in epoch (\d+) of 1000000/
        let last: Substring
        switch format {
        case "table":
            last = try #require(lines.last)
            #expect(last.hasPrefix("# interrupted at step "))
            // The rows before it are whole.
            let rows = lines.dropLast().filter { $0.first?.isWhitespace == true }
            #expect(rows.allSatisfy { $0.split(separator: " ").count >= 9 })
        default:
            // The output stays machine-readable; the line is on stderr.
            last = try #require(process.stderr.split(separator: "\n").last)
            #expect(last.hasPrefix("actview: interrupted at step "))
            let fields = format == "csv" ? lines.dropFirst().map { $0.split(separator: ",").count } : []
            #expect(Set(fields).count <= 1)
            if format == "json" { #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") }) }
        }
        let match = try #require(last.firstMatch(of: pattern))
        let step = try #require(Int(match.1)), epoch = try #require(Int(match.2))
        // spiral:n=2000 trains on 1 600 points, 50 steps of 32 an epoch.
        #expect(step >= (epoch - 1) * 50 && step <= epoch * 50, "step \(step) in epoch \(epoch)")
    }
}
