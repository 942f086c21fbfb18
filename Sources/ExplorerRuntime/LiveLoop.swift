import Datasets
import Explorer
import Foundation
import NeuralNet
import TermPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer's event loop on the UI thread; see `ExplorerShell`.
struct LiveLoop {
    private var explorer: Explorer
    private let terminal: any TerminalBackend
    private let runner: TrainingRunner
    private let probe = ActivationCostProbe()
    private let exports = ExportWriter()
    private var pacer = FramePacer()
    private var lastTick: Double
    var exitsAfterFirstFrame = false
    var crashesAfterFirstFrame = false
    /// Shown in the status bar as the explorer opens.
    var startupNotice: String?

    /// Measures a lesson step's claim, when there is a lesson.
    private let claims: ClaimMeasurer?

    init(explorer: Explorer, terminal: any TerminalBackend, budget: MemoryBudget = .unlimited,
         measureClaim: (@Sendable (String) -> LessonMeasurement?)? = nil) {
        self.explorer = explorer
        self.terminal = terminal
        runner = TrainingRunner(notify: terminal.waker, budget: budget)
        claims = measureClaim.map { ClaimMeasurer(measure: $0, notify: terminal.waker) }
        lastTick = Self.now()
    }

    func shutDown() {
        runner.cancel()
    }

    mutating func run() throws {
        relayout()
        apply(explorer.openingEffects())
        if let startupNotice { apply(explorer.update(.notice(startupNotice))) }
        probe.start(done: terminal.waker)
        while !explorer.isFinished {
            let now = Self.now()
            if pacer.isDue(at: now) {
                paint(at: now)
                if exitsAfterFirstFrame { return }
                if crashesAfterFirstFrame { fatalError("a deliberate crash after the first frame (ACTVIEW_TEST_CRASH=first-frame)") }
                continue
            }
            for event in try terminal.nextEvents(timeout: pacer.timeout(at: now)) {
                try handle(event)
                if explorer.isFinished { break }
            }
            let after = Self.now()
            if pacer.wantsTick(at: after) {
                // A tick only; not itself activity, so the ticks die down.
                paint(at: after)
            }
        }
    }

    // MARK: - Painting

    private mutating func paint(at now: Double) {
        if let snapshot = runner.takeSnapshot() {
            apply(explorer.update(.training(snapshot)))
        }
        if let (run, steps) = runner.takeCheckpoints() {
            apply(explorer.update(.checkpoints(run: run, steps: steps)))
        }
        apply(explorer.update(.tick(seconds: now - lastTick)))
        lastTick = now
        let size = terminal.size
        terminal.draw(explorer.view(width: size.width, height: size.height))
        pacer.didPaint(at: now)
    }

    private mutating func relayout() {
        let size = terminal.syncSize()
        apply(explorer.update(.resize(width: size.width, height: size.height)))
        pacer.markDirty(at: Self.now())
    }

    // MARK: - Events

    private mutating func handle(_ event: TerminalEvent) throws {
        switch event {
        case .key(let key):
            apply(explorer.update(.key(key)))
            pacer.markUrgent(at: Self.now())
        case .mouse(let mouse):
            apply(explorer.update(.mouse(mouse)))
            pacer.markUrgent(at: Self.now())
        case .resized:
            relayout()
        case .repaint:
            terminal.invalidate()
            pacer.markDirty(at: Self.now())
        case .woken:
            // The trainer or the cost probe has news.
            pacer.markDirty(at: Self.now())
            if let costs = probe.take() { apply(explorer.update(.costs(costs))) }
            if let notice = runner.takeNotice() { apply(explorer.update(.notice(notice))) }
            for (name, measurement) in claims?.take() ?? [] {
                apply(explorer.update(.claimMeasured(name, measurement)))
            }
            if let (configuration, result) = runner.takeBaseline() {
                apply(explorer.update(.baseline(configuration, result)))
            }
        case .suspend:
            terminal.suspend()
            relayout()
        case .continued:
            terminal.resumeAfterContinue()
            relayout()
        case .interrupted(let signal):
            throw ExplorerShell.Interrupted(status: 128 + signal)
        }
    }

    // MARK: - Effects

    private mutating func apply(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                break
            case .startTraining(let configuration, let run):
                runner.start(configuration, run: run)
            case .pauseTraining:
                runner.pause()
            case .resumeTraining:
                runner.resume()
            case .stepTraining:
                runner.stepOnce()
            case .setLearningRate(let rate):
                runner.setLearningRate(rate)
            case .continueTraining(let epochs):
                runner.continueTraining(forEpochs: epochs)
            case .setPace(let stepsPerSecond):
                runner.setPace(stepsPerSecond: stepsPerSecond)
            case .measureBaseline(let configuration):
                runner.measureBaseline(configuration)
            case .measureClaim(let name):
                claims?.request(name)
            case .runSteps(let steps):
                runner.runSteps(steps)
            case .restoreCheckpoint(let step, let forward, let run):
                runner.restoreCheckpoint(step: step, forward: forward, run: run)
            case .saveScreenshot:
                let size = terminal.size
                let screen = explorer.view(width: size.width, height: size.height)
                let notice = exports.saveScreenshot(screen, theme: explorer.options.theme)
                apply(explorer.update(.notice(notice)))
            case .exportMetrics:
                let notice = exports.exportMetrics(explorer.metricsCSV())
                apply(explorer.update(.notice(notice)))
            case .saveScene(let scene):
                apply(explorer.update(.notice(exports.saveScene(scene))))
            }
            pacer.markDirty(at: Self.now())
        }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
