import Datasets

/// Builds the trainer of every run, for the headless driver and the live
/// runner alike: it loads and caches the data set, and applies the one
/// restart rule — a new run on the same data starts from the previous run's
/// initial weights and data order whenever the seed, each layer's resolved
/// initialiser and the layer shapes allow (`Trainer.restarted(with:)`), whatever changed
/// besides (activation, learning rate, optimiser, …).
public struct RunEngine: Sendable {
    public let computePath: ComputePath
    public let threads: Int
    /// Every run is estimated against it before its data is loaded and again
    /// before its trainer is built; over it, the run is refused.
    public let budget: MemoryBudget
    /// Trainers alive at once with their own scratch memory: the cached
    /// starting point, and the running copy (the live runner's).
    public let trainerCopies: Int
    /// The data of the latest run, by what decides it.
    private var cached: (key: DataKey, dataset: Dataset)?
    /// The latest run's trainer before its first step: the start the next
    /// run on the same data restarts from.
    private var template: Trainer?

    private struct DataKey: Hashable, Sendable {
        var spec: DatasetSpec
        var seed: UInt64
        var testFraction: Double
        var task: LearningTask
    }

    public init(computePath: ComputePath = .fast, threads: Int, budget: MemoryBudget = .unlimited, trainerCopies: Int = 1) {
        self.computePath = computePath
        self.threads = Swift.max(1, threads)
        self.budget = budget
        self.trainerCopies = Swift.max(1, trainerCopies)
    }

    /// The trainer for run `id` of `configuration`, paused at step 0 and not
    /// yet evaluated. Throws the data set's or the configuration's error.
    public mutating func trainer(for configuration: TrainingConfiguration, run id: RunID) throws -> Trainer {
        let dataset = try data(for: configuration)
        try RunFootprint.estimate(configuration, dataset: dataset, threads: threads, trainerCopies: trainerCopies)
            .check(against: budget)
        var trainer: Trainer
        if let template {
            trainer = configuration == template.configuration ? template : try template.restarted(with: configuration)
        } else {
            trainer = try Trainer(configuration: configuration, dataset: dataset, computePath: computePath, threads: threads)
        }
        trainer.run = id
        template = trainer
        return trainer
    }

    /// `configuration` trained to its last epoch on the cached data, beside
    /// the runs rather than as one (the restart template stays): the
    /// explorer's baseline, such as the one linear layer a deep linear net
    /// collapses to. Returns the final evaluation.
    public mutating func trainToEnd(_ configuration: TrainingConfiguration) throws -> TrainingSnapshot {
        var trainer = try Trainer(configuration: configuration, dataset: try data(for: configuration),
                                  computePath: computePath, threads: threads)
        while !trainer.isFinished && !trainer.hasDiverged { trainer.runEpoch() }
        trainer.evaluate()
        return trainer.snapshot()
    }

    /// The data `configuration` trains on, loaded once.
    private mutating func data(for configuration: TrainingConfiguration) throws -> Dataset {
        let key = DataKey(spec: configuration.dataset, seed: configuration.seed, testFraction: configuration.testFraction,
                          task: configuration.task)
        if let cached, cached.key == key { return cached.dataset }
        // One data set at a time: the explorer shows one, and MNIST is large.
        cached = nil
        template = nil
        try RunFootprint.estimate(configuration, threads: threads, trainerCopies: trainerCopies).check(against: budget)
        let dataset = try Dataset.load(configuration.dataset, seed: configuration.seed,
                                       testFraction: configuration.testFraction, budget: budget, task: configuration.task)
        cached = (key, dataset)
        return dataset
    }
}
