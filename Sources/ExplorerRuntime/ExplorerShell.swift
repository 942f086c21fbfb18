import Explorer
import TermPlot

/// The live explorer: the pure `Explorer` state machine, wired to the
/// terminal, the training thread and the file system.
///
/// One thread (the caller's) owns the terminal and the explorer. It sleeps
/// in the backend's `nextEvents`: keys wake it at once, the trainer wakes it
/// when a snapshot is ready, signals wake it through the backend.
/// Training frames are painted at most 30 times a second and only when
/// something changed; a key is answered with a frame at once. After a few
/// seconds without activity (status notices have expired by then) a paused
/// explorer sleeps until a key or signal arrives.
public enum ExplorerShell {
    /// SIGINT, SIGTERM or SIGHUP ended the explorer; the terminal is
    /// already restored. Exit with `status` (128 + signal).
    public struct Interrupted: Error {
        public let status: Int32
    }

    /// Runs the explorer on the terminal `openTerminal` takes over (given
    /// whether colour is wanted) until the user quits.
    public static func run(options: ExplorerOptions, exitAfterFirstFrame: Bool = false,
                           openTerminal: (_ color: Bool) throws -> any TerminalBackend) throws {
        var options = options
        // Bad flags fail here, before the terminal changes at all.
        _ = try Explorer(options: options)
        let terminal = try openTerminal(options.color)
        defer { terminal.stop() }
        if !terminal.supportsUnicode { options.unicode = false }
        if !terminal.hasColor { options.color = false }
        var loop = try LiveLoop(explorer: Explorer(options: options), terminal: terminal)
        loop.exitsAfterFirstFrame = exitAfterFirstFrame
        defer { loop.shutDown() }
        try loop.run()
    }
}
