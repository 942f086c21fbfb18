import Dispatch
import Foundation
import Synchronization

/// The state a session and its worker thread share, and the worker loop.
/// The thread holds this, not the `TrainingSession`, so dropping the
/// session cancels the worker.
final class TrainingWorker: Sendable {
    enum Command: Sendable {
        case pause
        case resume
        case stepOnce
        case restart(TrainingConfiguration)
        case setLearningRate(LearningRate)
        case continueTraining(epochs: Int)
        /// Steps per second while running; nil runs flat out.
        case setPace(Double?)
        /// Goes back (or forward) to a moment of this run, as run `run`.
        case restore(TrainerCheckpoint, run: RunID?)
        /// Runs this many steps, then pauses.
        case runSteps(Int)
    }

    private struct Shared: Sendable {
        var inbox: [Command] = []
        var snapshot: TrainingSnapshot
        var version = 0
        var cancelled = false
        var started = false
        var exited = false
        /// Why the last restart was refused (bad configuration), if it was.
        var lastError: String?
        /// The trainer before the worker takes it.
        var pending: Trainer?
    }

    private let shared: Mutex<Shared>
    private let wake = DispatchSemaphore(value: 0)
    private let exit = DispatchSemaphore(value: 0)
    private let onSnapshot: (@Sendable (TrainingSnapshot) -> Void)?
    /// Sees the trainer after every step, on the worker thread (to keep
    /// checkpoints).
    private let onStep: (@Sendable (Trainer) -> Void)?

    static let publishInterval: Duration = .milliseconds(33)

    /// Evaluates the trainer's starting point and waits, paused; call
    /// `start()` to begin and `resume()` to run.
    init(trainer: Trainer, onSnapshot: (@Sendable (TrainingSnapshot) -> Void)?,
         onStep: (@Sendable (Trainer) -> Void)? = nil) {
        var initial = trainer
        initial.evaluate()
        shared = Mutex(Shared(snapshot: initial.snapshot(), pending: initial))
        self.onSnapshot = onSnapshot
        self.onStep = onStep
    }

        /// The latest published snapshot; never waits for a step.
    var latestSnapshot: TrainingSnapshot { shared.withLock { $0.snapshot } }
    /// Grows by one with every published snapshot; poll it to redraw only on change.
    var version: Int { shared.withLock { $0.version } }
    var lastError: String? { shared.withLock { $0.lastError } }
    var hasExited: Bool { shared.withLock { $0.exited } }

    func start() {
        let trainer: Trainer? = shared.withLock { state in
            guard !state.started, !state.cancelled else { return nil }
            state.started = true
            defer { state.pending = nil }
            return state.pending
        }
        guard let trainer else { return }
        // The thread keeps the worker (not the session) alive until it exits.
        let thread = Thread { [self] in
            self.work(trainer)
        }
        thread.name = "actview-training"
        thread.start()
    }

    func cancel() {
        shared.withLock { $0.cancelled = true }
        wake.signal()
    }

    func waitForExit(timeout: Double) -> Bool {
        let running = shared.withLock { $0.started && !$0.exited }
        guard running else { return true }
        guard exit.wait(timeout: .now() + timeout) == .success else { return false }
        exit.signal()
        return true
    }

    func send(_ command: Command) {
        shared.withLock { $0.inbox.append(command) }
        wake.signal()
    }

    // MARK: - Worker

    private func work(_ initial: Trainer) {
        var trainer = initial
        var running = false
        var pendingSteps = 0
        /// `runSteps`: the step to pause at.
        var pauseAtStep: Int?
        var lastPublish = ContinuousClock.now - .seconds(1)
        var trainingSinceEvaluation = 0.0
        var evaluationCost = 0.0
        var schedule = EvaluationSchedule(for: trainer)
        var dirty = true
        /// Steps per second while running (nil: as fast as the machine
        /// allows), and when the next paced step is due (nil: now).
        var pace: Double?
        var nextStepDue: ContinuousClock.Instant?
        let clock = ContinuousClock()
        defer {
            shared.withLock { $0.exited = true }
            exit.signal()
        }

        var lastTiles: ContinuousClock.Instant?
        func evaluate() {
            let started = clock.now
            // The tiles only show in published snapshots: at max pace they
            // are redrawn no more often than those, and always at a stop.
            trainer.refreshesUnitTiles = trainer.state != .running
                || lastTiles.map { started - $0 >= Self.publishInterval } ?? true
            if trainer.refreshesUnitTiles { lastTiles = started }
            trainer.evaluate()
            evaluationCost = (clock.now - started).seconds
            trainingSinceEvaluation = 0
            schedule.evaluated(atStep: trainer.stepCount)
            dirty = true
        }

        while true {
            let (commands, cancelled) = shared.withLock { state in
                defer { state.inbox.removeAll() }
                return (state.inbox, state.cancelled)
            }
            if cancelled { return }
            for command in commands {
                switch command {
                case .pause:
                    running = false
                    pauseAtStep = nil
                case .resume:
                    running = true
                    nextStepDue = nil
                case .stepOnce:
                    running = false
                    pendingSteps += 1
                case .setLearningRate(let rate):
                    trainer.learningRate = rate
                case .continueTraining(let epochs):
                    trainer.continueTraining(forEpochs: epochs)
                case .setPace(let rate):
                    if let rate, !(rate.isFinite && rate > 0) { break }
                    pace = rate
                    nextStepDue = nil
                case .restore(let moment, let run):
                    trainer.setRunning(running)
                    trainer.restore(moment)
                    trainer.run = run
                    schedule = EvaluationSchedule(for: trainer)
                    // A moment taken before the first evaluation has no curve to show.
                    if moment.curveLength == 0 { evaluate() }
                    pendingSteps = 0
                    pauseAtStep = nil
                    nextStepDue = nil
                case .runSteps(let count):
                    running = count > 0
                    pauseAtStep = trainer.stepCount + count
                    nextStepDue = nil
                case .restart(let configuration):
                    do {
                        trainer = try trainer.restarted(with: configuration)
                        schedule = EvaluationSchedule(for: trainer)
                        shared.withLock { $0.lastError = nil }
                        evaluate()
                    } catch {
                        shared.withLock { $0.lastError = "\(error)" }
                    }
                    pendingSteps = 0
                    nextStepDue = nil
                }
                dirty = true
            }
            let canTrain = !trainer.hasDiverged && !trainer.isFinished
            trainer.setRunning(running && canTrain)
            // A paced run whose next step is not due yet waits for it below;
            // single steps (`stepOnce`) are never held back.
            var waitingFor: ContinuousClock.Instant?
            if canTrain && (running || pendingSteps > 0) {
                let started = clock.now
                if pendingSteps == 0, let due = nextStepDue, started < due {
                    waitingFor = due
                } else {
                    if pendingSteps == 0, let pace {
                        // Keep to the schedule (so the average is the pace),
                        // but never bank time: after a pause, or behind a
                        // step slower than the pace, the next is due at once.
                        let interval = Duration.seconds(min(1 / pace, 3600))
                        nextStepDue = max((nextStepDue ?? started) + interval, started)
                    }
                    let before = trainer.trainingSeconds
                    let aborted = !trainer.step(stoppingWhen: { self.shared.withLock { $0.cancelled } })
                    if aborted { return }
                    trainingSinceEvaluation += trainer.trainingSeconds - before
                    dirty = true
                    onStep?(trainer)
                    if let stop = pauseAtStep, trainer.stepCount >= stop, pendingSteps == 0 {
                        // Paused where it was asked to, evaluated there.
                        running = false
                        pauseAtStep = nil
                        trainer.setRunning(false)
                        evaluate()
                    } else if pendingSteps > 0 {
                        pendingSteps -= 1
                        evaluate()
                    } else if schedule.isDue(for: trainer)
                                || trainingSinceEvaluation * EvaluationSchedule.extraEvaluationShare >= evaluationCost {
                        evaluate()
                    }
                }
            }
            let now = clock.now
            if dirty && now - lastPublish >= Self.publishInterval {
                publish(trainer.snapshot())
                lastPublish = now
                dirty = false
            }
            let busy = canTrain && (running || pendingSteps > 0) && !trainer.hasDiverged && !trainer.isFinished
            if !busy {
                // Idle: sleep until a command arrives, waking in time to
                // publish anything held back by the rate limit.
                _ = wake.wait(timeout: .now() + (dirty ? 0.035 : 0.25))
            } else if var until = waitingFor {
                // Paced: sleep until the next step is due; a command (pause,
                // restart, cancel) wakes the worker at once.
                if dirty { until = min(until, lastPublish + Self.publishInterval) }
                let seconds = (until - now).seconds
                if seconds > 0 { _ = wake.wait(timeout: .now() + seconds) }
                // Time spent waiting counts towards the evaluation budget, so
                // a slow pace evaluates (and redraws the loss curve) often.
                trainingSinceEvaluation += (clock.now - now).seconds
            }
        }
    }

    private func publish(_ snapshot: TrainingSnapshot) {
        shared.withLock { state in
            state.snapshot = snapshot
            state.version += 1
        }
        onSnapshot?(snapshot)
    }
}
