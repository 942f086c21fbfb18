import Datasets
import NeuralNet
import TermPlot

/// Runs the explorer without a terminal or threads: effects are carried out
/// at once, on the calling thread, with NeuralNet's value-type `Trainer`.
/// `actview snapshot`, the tests and the golden screens use it; the
/// interactive shell does the same work on a background thread.
///
/// Evaluations follow the configuration's `evaluationsPerEpoch`, as in a live
/// run, plus one at the start of each run (step 0) and one at the end of
/// every `train(steps:)` call, so a render always shows the current state.
public struct HeadlessDriver: Sendable {
    public private(set) var explorer: Explorer
    public private(set) var trainer: Trainer?
    /// Screenshot and export requests, in order (the driver writes no files).
    public private(set) var outputRequests: [Effect] = []
    public let computePath: ComputePath
    public let threads: Int
    private var datasets: [DatasetKey: Dataset] = [:]
    private var nextEvaluationStep = 0
    private var trainerDataset: DatasetKey?

    private struct DatasetKey: Hashable, Sendable {
        var spec: DatasetSpec
        var seed: UInt64
        var testFraction: Double
    }

    /// Opens the explorer and carries out its start-up effects. One thread
    /// by default, so the numbers do not depend on the machine's core count.
    public init(options: ExplorerOptions, computePath: ComputePath = .fast, threads: Int = 1) throws {
        explorer = try Explorer(options: options)
        self.computePath = computePath
        self.threads = max(1, threads)
        try perform(explorer.startupEffects)
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
    /// live schedule and delivering each snapshot. A race moves on to its
    /// next runner within the same call.
    public mutating func train(steps: Int) throws {
        var remaining = max(0, steps)
        var evaluatedAtEnd = true
        while remaining > 0, trainer?.state == .running {
            trainer?.step()
            let due = trainer.map { $0.state != .running || $0.stepCount >= nextEvaluationStep } ?? false
            if due { trainer?.evaluate() }
            remaining -= 1
            evaluatedAtEnd = due
            if due {
                scheduleNextEvaluation()
                try deliverSnapshot()
            }
        }
        if !evaluatedAtEnd {
            trainer?.evaluate()
            try deliverSnapshot()
        }
    }

    /// Plays a script: keys in order, training where it says `<steps:N>`.
    public mutating func play(_ script: [KeyNotation.Item]) throws {
        for item in script {
            switch item {
            case .key(let key): try send(.key(key))
            case .train(let steps): try train(steps: steps)
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
            case .startTraining(let configuration):
                try start(configuration)
            case .pauseTraining:
                trainer?.setRunning(false)
                try deliverSnapshot()
            case .resumeTraining:
                trainer?.setRunning(true)
                try deliverSnapshot()
            case .stepTraining:
                guard let state = trainer?.state, state == .running || state == .paused else { break }
                trainer?.step()
                trainer?.evaluate()
                try deliverSnapshot()
            case .setLearningRate(let rate):
                trainer?.learningRate = rate
            case .setPace:
                // Steps are taken explicitly here (`train(steps:)`), so
                // there is nothing to hold back.
                break
            case .saveScreenshot, .exportMetrics:
                outputRequests.append(effect)
            }
        }
    }

    /// A new run: on the same data, a restart keeps the previous run's
    /// initial weights whenever seed and initialiser allow (Trainer's rule).
    private mutating func start(_ configuration: TrainingConfiguration) throws {
        let key = DatasetKey(spec: configuration.dataset, seed: configuration.seed,
                             testFraction: configuration.testFraction)
        let dataset: Dataset
        if let cached = datasets[key] {
            dataset = cached
        } else {
            do {
                dataset = try Dataset.load(configuration.dataset, seed: configuration.seed,
                                           testFraction: configuration.testFraction)
            } catch {
                throw ExplorerError(error.description)
            }
            datasets[key] = dataset
        }
        var t: Trainer
        do {
            if let previous = trainer, trainerDataset == key {
                t = try previous.restarted(with: configuration)
                trainer = nil
            } else {
                t = try Trainer(configuration: configuration, dataset: dataset, computePath: computePath, threads: threads)
            }
        } catch let error as ConfigurationError {
            throw ExplorerError(error.description)
        }
        t.setRunning(true)
        t.evaluate()
        trainer = t
        trainerDataset = key
        scheduleNextEvaluation()
        try deliverSnapshot()
    }

    private mutating func scheduleNextEvaluation() {
        guard let t = trainer else { return }
        let interval = max(1, t.stepsPerEpoch / max(1, t.configuration.evaluationsPerEpoch))
        nextEvaluationStep = (t.stepCount / interval + 1) * interval
    }

    private mutating func deliverSnapshot() throws {
        guard let t = trainer else { return }
        try send(.training(t.snapshot()))
    }
}
