/// One activation's line in a comparison: the rate it ran at (given, or the
/// fastest of the grid) with that rate's runs, and every rate tried.
public struct ComparisonRow: Sendable {
    public var activation: LayerActivation
    /// Weights, biases and slopes of its network: maxout's pieces show here.
    public var parameterCount: Int
    public var learningRate: LearningRate
    /// At `learningRate`, one per seed.
    public var runs: [TargetOutcome]
    /// Every rate tried, ascending (one, unless the rate was tuned).
    public var trials: [RateTrial]

    public init(activation: LayerActivation, parameterCount: Int, learningRate: LearningRate, runs: [TargetOutcome],
                trials: [RateTrial]) {
        self.activation = activation
        self.parameterCount = parameterCount
        self.learningRate = learningRate
        self.runs = runs
        self.trials = trials
    }

    public var chosen: RateTrial { RateTrial(rate: learningRate, runs: runs) }

    /// Median epochs to target; nil when fewer than half the runs reached it.
    public var medianEpochs: Double? { chosen.medianEpochs.isFinite ? chosen.medianEpochs : nil }
    public var medianSeconds: Double? { chosen.medianSeconds.isFinite ? chosen.medianSeconds : nil }

    /// The mean over the runs of a final metric; nil when a run lacks it.
    public func meanFinal(_ metric: KeyPath<TrainingSnapshot, Double?>) -> Double? {
        let values = runs.compactMap { $0.final[keyPath: metric] }
        guard values.count == runs.count, !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }
}
