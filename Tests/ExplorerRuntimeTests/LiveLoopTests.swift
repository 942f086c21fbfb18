import Activations
import Explorer
import ExplorerRuntime
import Foundation
import TermPlot
import Testing

/// The live loop driven through `TestTerminal`: real time, the real training
/// thread and cost probe, but keys, resizes and signals from the test and
/// frames read back as screens. Each wait ends as soon as its frame shows.
@Suite(.serialized) struct LiveLoopTests {
    /// The activation named in the header ("actview · ReLU · spiral · …").
    static func headerActivation(_ screen: Screen) -> String? {
        let parts = screen.text(ofRow: 0).split(separator: "·").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count > 1 && parts[0] == "actview" ? parts[1] : nil
    }

    static func displayName(_ kind: ActivationKind) -> String {
        Catalogue.entry(for: kind).displayName
    }

    @Test func keySwitchesActivationResizeRelaysOutQuitReturns() throws {
        let run = ExplorerRun(width: 100, height: 30)
        let terminal = run.terminal

        let first = try #require(terminal.waitForFrame { Self.headerActivation($0) != nil }, "no first frame")
        #expect(first.screen.width == 100 && first.screen.height == 30)
        #expect(Self.headerActivation(first.screen) == Self.displayName(.relu))

        // n: the next activation in the catalogue, in the header of a frame.
        let all = ActivationKind.allCases
        let next = Self.displayName(all[all.firstIndex(of: .relu)! + 1])
        let mark = terminal.frames.count
        terminal.push(.key(.character("n")))
        let switched = terminal.waitForFrame(from: mark) { Self.headerActivation($0) == next }
        #expect(switched != nil, "no frame shows \(next); last header: \(terminal.frames.last.map { $0.text(ofRow: 0) } ?? "none")")

        // A resize: the loop re-reads the size, and the very next frame has it.
        let syncsBefore = terminal.syncs.count
        terminal.resize(width: 72, height: 22)
        let resized = terminal.waitForFrame(from: mark) { $0.width == 72 && $0.height == 22 }
        #expect(resized != nil, "no 72×22 frame")
        let syncs = terminal.syncs
        #expect(syncs.count > syncsBefore)
        if let sync = syncs.last, let resized {
            #expect(resized.index == sync, "frames between the resize and the first 72×22 one")
            #expect(Self.headerActivation(resized.screen) == next)
        }

        // q: the loop returns normally and the terminal is restored.
        terminal.push(.key(.character("q")))
        let end = try #require(run.waitForEnd(), "the loop did not return after q")
        #expect(throws: Never.self) { try end.get() }
        #expect(terminal.isStopped)
    }

    @Test func theNoActivationSceneGetsItsBaselineFromTheTrainingThread() throws {
        // The baseline is trained beside the run on the runner's builder
        // queue and reaches the screen as an event, under the run's figures.
        let run = ExplorerRun(options: ExplorerOptions(preset: .noActivation, stepsPerSecond: nil), width: 120, height: 36)
        let terminal = run.terminal
        let shown = terminal.waitForFrame(timeout: .seconds(30)) { screen in
            (0..<screen.height).contains { screen.text(ofRow: $0).contains("no hidden layer (one linear map): loss") }
        }
        #expect(shown != nil, "no frame shows the baseline; last: \(terminal.frames.last.map { $0.plainText() } ?? "none")")
        terminal.push(.key(.character("q")))
        _ = try #require(run.waitForEnd(), "the loop did not return after q")
    }

    @Test func suspendContinueAndTerminationSignal() throws {
        let run = ExplorerRun(width: 90, height: 28)
        let terminal = run.terminal
        _ = try #require(terminal.waitForFrame { Self.headerActivation($0) != nil }, "no first frame")

        // Ctrl-Z, then a continue from outside: the terminal is handed over
        // and taken back, and each time the loop re-reads the size and paints.
        let syncsBefore = terminal.syncs.count
        let mark = terminal.frames.count
        terminal.push(.suspend, .continued)
        _ = terminal.waitForFrame(from: mark) { _ in terminal.syncs.count >= syncsBefore + 2 }
        let syncs = terminal.syncs
        try #require(syncs.count >= syncsBefore + 2, "the size was not re-read after suspend and continue")
        #expect(terminal.waitForFrame(from: syncs[syncsBefore + 1]) { _ in true } != nil,
                "no frame after the terminal was taken back")
        #expect(terminal.suspensions == 1)
        #expect(terminal.resumptions == 1)

        // SIGTERM: the loop ends with the conventional status, terminal restored.
        terminal.push(.interrupted(signal: SIGTERM))
        let end = try #require(run.waitForEnd(), "the loop did not end after SIGTERM")
        #expect(throws: ExplorerShell.Interrupted.self) { try end.get() }
        if case .failure(let error as ExplorerShell.Interrupted) = end {
            #expect(error.status == 128 + SIGTERM)
        }
        #expect(terminal.isStopped)
    }
}
