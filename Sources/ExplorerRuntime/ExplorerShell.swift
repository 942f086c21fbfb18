import Datasets
import Explorer
import Foundation
import NeuralNet
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
    /// whether colour is wanted) until the user quits. `locale` names the
    /// locale for the notice when Korean cannot show. `crashAfterFirstFrame`
    /// is for the tests of what a crash leaves behind.
    /// `budget` bounds every run's estimated memory; the opening scene is
    /// checked against it before the terminal is taken over.
    /// `lesson` runs the explorer in lesson mode, its claims measured by
    /// `measureClaim` off the UI thread.
    public static func run(options: ExplorerOptions, lesson: Lesson? = nil,
                           measureClaim: (@Sendable (String) -> LessonMeasurement?)? = nil,
                           budget: MemoryBudget = .unlimited, locale: String = "C",
                           exitAfterFirstFrame: Bool = false, crashAfterFirstFrame: Bool = false,
                           openTerminal: (_ color: Bool) throws -> any TerminalBackend) throws {
        var options = options
        func explorer(_ options: ExplorerOptions) throws -> Explorer {
            try lesson.map { try Explorer(lesson: $0, options: options) } ?? Explorer(options: options)
        }
        // Bad flags, and an opening scene too large for the machine, fail
        // here, before the terminal changes at all.
        let opening = try explorer(options)
        try RunFootprint.estimate(opening.configuration, threads: ProcessInfo.processInfo.activeProcessorCount,
                                  trainerCopies: 2).check(against: budget)
        let terminal = try openTerminal(options.color)
        defer { terminal.stop() }
        let obstacle: ExplorerOptions.HangulObstacle? = !options.unicode
            ? .asciiOnly : (terminal.supportsUnicode ? nil : .locale(locale))
        let notice = options.fallBackToEnglish(because: obstacle)
        if !terminal.supportsUnicode { options.unicode = false }
        if !terminal.hasColor { options.color = false } else { options.colorCount = terminal.colorCount }
        if options.followsTerminalBackground { options.theme = Theme.matching(background: terminal.reportedBackground) }
        var loop = try LiveLoop(explorer: explorer(options), terminal: terminal, budget: budget, measureClaim: measureClaim)
        loop.exitsAfterFirstFrame = exitAfterFirstFrame
        loop.crashesAfterFirstFrame = crashAfterFirstFrame
        loop.startupNotice = notice
        defer { loop.shutDown() }
        try loop.run()
    }
}
