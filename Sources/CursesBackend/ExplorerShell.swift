import CNCursesW
import Explorer
import Foundation
import TermPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The live explorer: the pure `Explorer` state machine, wired to the
/// terminal, the training thread and the file system.
///
/// One thread (the caller's) owns curses and the explorer. It sleeps in
/// poll(2) on the tty and the wake pipe: keys wake it at once, the trainer
/// wakes it when a snapshot is ready, signals wake it through the relay.
/// Training frames are painted at most 30 times a second and only when
/// something changed; a key is answered with a frame at once. After a few
/// seconds without activity (status notices have expired by then) a paused
/// explorer sleeps in poll(2) until a key or signal arrives.
public enum ExplorerShell {
    /// SIGINT, SIGTERM or SIGHUP ended the explorer; the terminal is
    /// already restored. Exit with `status` (128 + signal).
    public struct Interrupted: Error {
        public let status: Int32
    }

    public static func run(options: ExplorerOptions, exitAfterFirstFrame: Bool = false) throws {
        var options = options
        // Bad flags fail here, before the terminal changes at all.
        _ = try Explorer(options: options)
        let pipe = try WakePipe()
        SignalRelay.install(into: pipe)
        defer { SignalRelay.uninstall() }
        let terminal = try CursesTerminal(color: options.color)
        defer { terminal.stop() }
        if !terminal.supportsUnicode { options.unicode = false }
        if !terminal.hasColor { options.color = false }
        var loop = try LiveLoop(explorer: Explorer(options: options), terminal: terminal, pipe: pipe)
        loop.exitsAfterFirstFrame = exitAfterFirstFrame
        defer { loop.shutDown() }
        try loop.run()
    }
}
