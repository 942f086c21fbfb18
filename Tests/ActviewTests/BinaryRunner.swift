import Foundation

/// Runs the built `actview` binary, as a user would from a shell.
enum BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `actview` executable built beside this test bundle.
    static var executable: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // The test runner may be `.build/debug/actviewPackageTests.xctest` (a
        // file on Linux, a bundle elsewhere) or a helper deeper inside it.
        for _ in 0..<6 {
            dir.deleteLastPathComponent()
            let candidate = dir.appendingPathComponent("actview")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/actview")
    }

    /// Runs `actview arguments…` with `input` on stdin, bounded by `timeout`
    /// seconds (the process is killed after that, and the status is 124).
    static func run(_ arguments: [String], input: String? = nil,
                    environment: [String: String] = [:], timeout: Double = 60) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe
        try process.run()
        // Drain both pipes concurrently so a chatty child cannot block, and
        // write the input beside them: a command that answers as it reads
        // (eval) fills its output pipe while its input is still coming.
        let outBox = DataBox(), errBox = DataBox()
        let group = DispatchGroup()
        for (pipe, box) in [(outPipe, outBox), (errPipe, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.set(pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        let writer = inPipe.fileHandleForWriting
        group.enter()
        // A thread of its own with SIGPIPE blocked: a child that stops
        // reading early (a bad line) must not take the test runner with it.
        let thread = Thread {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            if let input { try? writer.write(contentsOf: Data(input.utf8)) }
            try? writer.close()
            // Take the SIGPIPE a failed write left pending on this thread.
            var none = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSignal, nil, &none)
            group.leave()
        }
        thread.start()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        var timedOut = false
        if process.isRunning { process.terminate(); timedOut = true }
        process.waitUntilExit()
        group.wait()
        return Result(status: timedOut ? 124 : process.terminationStatus,
                      stdout: String(decoding: outBox.get(), as: UTF8.self),
                      stderr: String(decoding: errBox.get(), as: UTF8.self))
    }
}

extension BinaryRunner {
    /// Runs `actview arguments…`, sends it SIGINT `delay` seconds after
    /// `marker` appears on its stdout, and waits for it to exit (killed
    /// after `timeout` seconds, status 124).
    static func runInterrupted(_ arguments: [String], afterOutput marker: String, delay: Double,
                               timeout: Double = 60) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        let outBox = DataBox(), errBox = DataBox()
        outPipe.fileHandleForReading.readabilityHandler = { outBox.append($0.availableData) }
        errPipe.fileHandleForReading.readabilityHandler = { errBox.append($0.availableData) }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline && !String(decoding: outBox.get(), as: UTF8.self).contains(marker) {
            usleep(10_000)
        }
        usleep(useconds_t(delay * 1e6))
        if process.isRunning { kill(process.processIdentifier, SIGINT) }
        while process.isRunning && Date() < deadline { usleep(10_000) }
        var timedOut = false
        if process.isRunning {
            // SIGKILL: the child inherits this thread's blocked signals, and
            // a SIGTERM it blocks would leave the test waiting forever.
            kill(process.processIdentifier, SIGKILL)
            timedOut = true
        }
        process.waitUntilExit()
        outPipe.fileHandleForReading.readabilityHandler = nil
        errPipe.fileHandleForReading.readabilityHandler = nil
        // Whatever was still in the pipes after the last handler call.
        outBox.append(outPipe.fileHandleForReading.readDataToEndOfFile())
        errBox.append(errPipe.fileHandleForReading.readDataToEndOfFile())
        return Result(status: timedOut ? 124 : process.terminationStatus,
                      stdout: String(decoding: outBox.get(), as: UTF8.self),
                      stderr: String(decoding: errBox.get(), as: UTF8.self))
    }
}

private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    func append(_ d: Data) { lock.lock(); data.append(d); lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}
