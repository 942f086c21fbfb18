import Foundation

/// The `actview` binary started as a shell starts a job — default signal
/// dispositions, nothing blocked — with stdout and stderr in files and stdin
/// a pipe the test writes to, so a test can send it signals mid-run and feed
/// it input slowly. (`Process` would hand down the test runner's blocked
/// signals.)
final class SpawnedProcess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    private let directory: URL
    private var input: Int32
    private(set) var status: Int32?

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else { throw Failure(description: "no pipe") }
        input = pipeFDs[1]
        _ = fcntl(input, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeFDs[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, directory.appendingPathComponent("out").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, directory.appendingPathComponent("err").path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        for fd in Int32(3)..<Int32(256) { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        let path = BinaryRunner.executable.path
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        close(pipeFDs[0])
        guard spawned == 0 else {
            close(input)
            throw Failure(description: "cannot start actview: \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = try? wait(timeout: 5)
        }
        if input >= 0 { close(input) }
        try? FileManager.default.removeItem(at: directory)
    }

    var stdout: String { (try? String(contentsOf: directory.appendingPathComponent("out"), encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: directory.appendingPathComponent("err"), encoding: .utf8)) ?? "" }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(input, $0.baseAddress, $0.count) }
    }

    /// End of input.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Polls stdout until `condition` holds; false after `timeout` seconds.
    @discardableResult
    func waitForOutput(timeout: Double = 30, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(stdout) { return true }
            if status != nil || isGone() { return condition(stdout) }
            usleep(20_000)
        }
        return false
    }

    /// The exit status as a shell reports it (128 + n for a signal), or
    /// nil if the process is still running after `timeout` seconds.
    @discardableResult
    func wait(timeout: Double = 30) throws -> Int32? {
        if let status { return status }
        let deadline = Date().addingTimeInterval(timeout)
        var raw: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                let signalled = raw & 0x7F
                status = signalled == 0 ? (raw >> 8) & 0xFF : 128 + signalled
                return status
            }
            if result < 0 { throw Failure(description: "waitpid failed: \(String(cString: strerror(errno)))") }
            usleep(10_000)
        }
        return nil
    }

    /// The running process's peak resident memory so far, in kB (VmHWM).
    /// Not wait4's ru_maxrss: posix_spawn's child shares the test runner's
    /// memory until it execs, and the kernel counts that in.
    func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
    }

    /// Samples `peakResidentKilobytes` every 10 ms until the process ends,
    /// and returns the largest (the high-water mark just before the end).
    func peakResidentKilobytesUntilExit(timeout: Double = 300) -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        var peak: Int?
        while Date() < deadline, let sample = peakResidentKilobytes() {
            peak = max(peak ?? 0, sample)
            usleep(10_000)
        }
        return peak
    }

    /// Whether the process has ended (without reaping it).
    private func isGone() -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(close, offsetBy: 2)] == "Z"
    }
}
