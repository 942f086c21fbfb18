import Foundation
import Testing

/// A private tmux server with one pane running `bash`, for driving the real
/// `actview` binary as a user would. Every call is bounded in time; the
/// server is killed by `close()` (call it in a `defer`).
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let socket: String
    let tmux: String
    /// A scratch directory the pane's shell starts in.
    let directory: URL

    /// The shell's prompt, fixed so captures are predictable.
    static let prompt = "tmux-test$ "

    init(width: Int = 120, height: Int = 40) throws {
        guard let tmux = Self.findTmux() else {
            throw Failure(description: "tmux is required for the end-to-end tests but is not installed (apt-get install tmux; .ci/run installs it)")
        }
        self.tmux = tmux
        socket = "actview-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let shell = "cd '\(directory.path)' && exec env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 LC_ALL= "
            + "PS1='\(Self.prompt)' HISTFILE=/dev/null bash --norc --noprofile"
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell])
        // Large enough that tmux never shrinks the window to a client's size.
        _ = try? run(["set-option", "-g", "window-size", "manual"])
        // capture-pane drops trailing spaces, so look for the prompt without its space.
        _ = try waitFor("the shell prompt", timeout: 10) { $0.contains("tmux-test$") }
    }

    func close() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Types text literally, then (optionally) Enter.
    func type(_ text: String, enter: Bool = true) throws {
        try run(["send-keys", "-t", "0", "-l", text])
        if enter { try run(["send-keys", "-t", "0", "Enter"]) }
    }

    /// Sends tmux key names: "Space", "Escape", "C-c", "q", …
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible pane, one string per row.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", "0"])
    }

    /// The visible pane with its colours and attributes as SGR escapes.
    func captureWithEscapes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// Polls the pane every 50 ms until `condition` holds; throws with the
    /// last capture after `timeout` seconds (generous: CI runs the whole
    /// suite at once on a small machine).
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try capture()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out after \(timeout) s waiting for \(what); the pane shows:\n\(last)")
    }

    /// The pid of the shell in the pane.
    func shellPID() throws -> Int32 {
        let text = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid in '\(text)'")
        }
        return pid
    }

    /// The pid of the shell's foreground child (the program it runs), if any.
    func childPID() throws -> Int32? {
        let shell = try shellPID()
        let path = "/proc/\(shell)/task/\(shell)/children"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(separator: " ").compactMap { Int32($0) }.first
    }

    /// Runs the binary in the pane's shell, printing `rc=<status>` after it.
    func launch(_ command: String) throws {
        try type("\(command); echo \"rc=$?\"")
    }

    /// Waits for the `rc=` line `launch` prints and returns the status.
    func waitForExitStatus(timeout: Double = 20) throws -> Int {
        let screen = try waitFor("the program to exit", timeout: timeout) { Self.exitStatus(in: $0) != nil }
        return Self.exitStatus(in: screen)!
    }

    /// Whether `stty -a` now prints what it printed into `saved` earlier.
    func ttyModesMatch(saved: String) throws -> Bool {
        // A marker of this call's own, computed by the shell: neither the
        // typed line nor an earlier comparison's answer can match it.
        let token = UInt32.random(in: 1_000...999_999)
        let same = "STTY-SAME-\(token + 1)", different = "STTY-DIFFERENT-\(token + 1)"
        try type("stty -a > now.txt; cmp -s \(saved) now.txt && echo STTY-SAME-$((\(token)+1)) "
                 + "|| echo STTY-DIFFERENT-$((\(token)+1)); rm now.txt")
        let screen = try waitFor("the stty comparison") { screen in
            screen.split(separator: "\n").contains { $0 == same || $0 == different }
        }
        return screen.split(separator: "\n").contains { $0 == same }
    }

    static func exitStatus(in screen: String) -> Int? {
        for line in screen.split(separator: "\n").reversed() {
            if line.hasPrefix("rc="), let n = Int(line.dropFirst(3).trimmingCharacters(in: .whitespaces)) { return n }
        }
        return nil
    }

    /// Runs one tmux command, bounded to 10 s, and returns its stdout.
    /// Spawned directly rather than with `Process`: the server that
    /// `new-session` starts inherits its parent's descriptors, and
    /// `Process` would then wait on the server's whole life. Output goes
    /// through a file for the same reason.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(socket)-\(UInt32.random(in: 0...UInt32.max)).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else of the test process leaks into the tmux server
        // (glibc skips descriptors that turn out not to be open).
        for fd in Int32(3)..<Int32(1024) { posix_spawn_file_actions_addclose(&actions, fd) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TERM"] = environment["TERM"] ?? "xterm-256color"
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block signals, and a spawned process
        // inherits the mask: tmux, its shell and the explorer would never
        // see SIGWINCH or SIGINT. Start tmux as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start tmux: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(10)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                throw Failure(description: "tmux \(arguments.joined(separator: " ")) did not finish within 10 s")
            }
            usleep(2_000)
        }
        // Exited normally with status 0 (WIFEXITED && WEXITSTATUS == 0).
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (wait status \(status))")
        }
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private static func findTmux() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
