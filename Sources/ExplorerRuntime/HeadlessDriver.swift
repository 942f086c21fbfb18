import Datasets
import Explorer
import NeuralNet
import TermPlot

/// Runs the explorer without a terminal or threads: effects are carried out
/// at once, on the calling thread, with NeuralNet's value-type `Trainer`.
/// `actview snapshot`, the tests and the golden screens use it; the live
/// runner does the same work on a background thread. Both build their
/// trainers with a `RunEngine` and evaluate on the run's
/// `EvaluationSchedule`, plus once at the end of every `train(steps:)`
/// call, so a render always shows the current state.
public struct HeadlessDriver: Sendable {
    public private(set) var explorer: Explorer
    public private(set) var trainer: Trainer?
    /// Screenshot and export requests, in order (the driver writes no files).
    public private(set) var outputRequests: [Effect] = []
    public var computePath: ComputePath { engine.computePath }
    public var threads: Int { engine.threads }
    private var engine: RunEngine
    private var schedule: EvaluationSchedule?
    /// The current run's moments to go back to, as the live runner keeps them.
    public private(set) var checkpoints = CheckpointRing(run: nil)
    /// `Effect.runSteps`: the step the run pauses at.
    private var pauseAtStep: Int?
    /// Answers `Effect.measureClaim`; without one, the request is ignored.
    private let measureClaim: (@Sendable (String) -> LessonMeasurement?)?

    /// Opens the explorer and carries out its start-up effects. One thread
    /// by default, so the numbers do not depend on the machine's core count.
    public init(options: ExplorerOptions, computePath: ComputePath = .fast, threads: Int = 1,
                budget: MemoryBudget = .unlimited, measureClaim: (@Sendable (String) -> LessonMeasurement?)? = nil) throws {
        try self.init(explorer: Explorer(options: options), computePath: computePath, threads: threads, budget: budget,
                      measureClaim: measureClaim)
    }

    /// Opens `explorer` (a lesson's, say) and carries out its opening effects.
    public init(explorer: Explorer, computePath: ComputePath = .fast, threads: Int = 1,
                budget: MemoryBudget = .unlimited, measureClaim: (@Sendable (String) -> LessonMeasurement?)? = nil) throws {
        self.explorer = explorer
        self.measureClaim = measureClaim
        engine = RunEngine(computePath: computePath, threads: threads, budget: budget, trainerCopies: 2)
        try perform(self.explorer.openingEffects())
    }

    /// Delivers an event and carries out whatever it asks for.
    public mutating func send(_ event: Event) throws {
        try perform(explorer.update(event))
    }

    public mutating func press(_ keys: [Key]) throws {
        for key in keys { try send(.key(key)) }
    }

    /// Takes up to `steps` optimiser steps while the run is running (a
    /// paused, finished or diverged run takes none), evaluating on the
    /// schedule and delivering each snapshot. A race moves on to its next
    /// runner within the same call.
    public mutating func train(steps: Int) throws {
        var remaining = max(0, steps)
        var evaluatedAtEnd = true
        while remaining > 0, trainer?.state == .running {
            trainer?.step()
            try recordCheckpoint()
            var due = trainer.map { schedule?.isDue(for: $0) ?? true } ?? false
            if let stop = pauseAtStep, let t = trainer, t.stepCount >= stop {
                // Paused where `runSteps` asked, evaluated there.
                pauseAtStep = nil
                trainer?.setRunning(false)
                due = true
            }
            if due { evaluate() }
            remaining -= 1
            evaluatedAtEnd = due
            if due { try deliverSnapshot() }
        }
        if !evaluatedAtEnd {
            evaluate()
            try deliverSnapshot()
        }
    }

    /// Plays a script: keys in order, training where it says `<steps:N>`.
    public mutating func play(_ script: [KeyNotation.Item]) throws {
        for item in script {
            switch item {
            case .key(let key): try send(.key(key))
            case .train(let steps): try train(steps: steps)
            case .mouse(let mouse): try send(.mouse(mouse))
            }
        }
    }

    /// The explorer's view.
    public func render(width: Int, height: Int) -> Screen {
        explorer.view(width: width, height: height)
    }

    // MARK: - Effects

    private mutating func perform(_ effects: [Effect]) throws {
        for effect in effects {
            switch effect {
            case .quit:
                break
            case .startTraining(let configuration, let run):
                var t = try engine.trainer(for: configuration, run: run)
                t.setRunning(true)
                trainer = t
                schedule = EvaluationSchedule(for: t)
                pauseAtStep = nil
                evaluate()
                if let t = trainer { checkpoints = CheckpointRing(for: t) }
                try recordCheckpoint()
                try deliverSnapshot()
            case .pauseTraining:
                trainer?.setRunning(false)
                try deliverSnapshot()
            case .resumeTraining:
                trainer?.setRunning(true)
                try deliverSnapshot()
            case .stepTraining:
                guard let state = trainer?.state, state == .running || state == .paused else { break }
                trainer?.step()
                evaluate()
                try recordCheckpoint()
                try deliverSnapshot()
            case .runSteps(let steps):
                trainer?.setRunning(steps > 0)
                pauseAtStep = (trainer?.stepCount ?? 0) + steps
                try deliverSnapshot()
            case .restoreCheckpoint(let step, let forward, let run):
                let moment = checkpoints.moment(for: step, forward: forward)
                guard let moment, var t = trainer else { break }
                t.restore(moment)
                t.run = run
                t.setRunning(!explorer.isPaused)
                trainer = t
                checkpoints.restored(moment, as: run)
                schedule = EvaluationSchedule(for: t)
                pauseAtStep = nil
                try deliverCheckpoints()
                try deliverSnapshot()
            case .measureClaim(let name):
                if let measured = measureClaim?(name) { try send(.claimMeasured(name, measured)) }
            case .setLearningRate(let rate):
                trainer?.learningRate = rate
            case .continueTraining(let epochs):
                trainer?.continueTraining(forEpochs: epochs)
                if let t = trainer { schedule = EvaluationSchedule(for: t) }
            case .setPace:
                // Steps are taken explicitly here (`train(steps:)`), so
                // there is nothing to hold back.
                break
            case .measureBaseline(let configuration):
                let result = try engine.trainToEnd(configuration)
                try send(.baseline(configuration, result))
            case .saveScreenshot, .exportMetrics, .saveScene:
                outputRequests.append(effect)
            }
        }
    }

    /// Keeps the trainer's moment when due and tells the explorer.
    private mutating func recordCheckpoint() throws {
        guard let t = trainer else { return }
        let before = checkpoints.steps
        checkpoints.record(t)
        if checkpoints.steps != before { try deliverCheckpoints() }
    }

    private mutating func deliverCheckpoints() throws {
        guard let run = checkpoints.run else { return }
        try send(.checkpoints(run: run, steps: checkpoints.steps))
    }

    private mutating func evaluate() {
        trainer?.evaluate()
        if let step = trainer?.stepCount { schedule?.evaluated(atStep: step) }
    }

    private mutating func deliverSnapshot() throws {
        guard let t = trainer else { return }
        try send(.training(t.snapshot()))
    }
}
