import Activations
import Datasets

/// The check on "ReLU converges about six times faster", done the way its
/// paper did it (Krizhevsky et al. 2012): every activation trains toward the
/// same target with a learning rate of its own — given, or tuned over a grid
/// as the rate that gets there in the fewest epochs (median over the
/// repeats) — and the epochs and seconds it took are compared.
///
/// Each run is built from scratch from (seed, its own activation's
/// initialiser, shapes), so an activation's result never depends on which
/// others are compared or in what order. "The same start" therefore means
/// the same seed and the same data order for every activation, and the same
/// initial weights where the initialisers resolve alike (ReLU and Leaky ReLU
/// both He under `auto`) and the shapes agree (maxout's do not).
public struct ActivationComparison: Sendable {
    public enum Rates: Sendable, Hashable {
        /// The configuration's one rate for every activation.
        case configured
        case given(LearningRates)
        /// Each activation's fastest rate of the grid (needs a target).
        case tuned(LearningRateGrid)
    }

    public let base: TrainingConfiguration
    public let activations: [LayerActivation]
    public let rates: Rates
    public let target: TrainingTarget?
    /// Seeds `base.seed`, `base.seed + 1`, …
    public let repeats: Int
    public let checksPerEpoch: Int

    /// Checks everything a user can get wrong before any training starts.
    public init(base: TrainingConfiguration, activations: [LayerActivation], rates: Rates, target: TrainingTarget?,
                repeats: Int, checksPerEpoch: Int) throws(ConfigurationError) {
        guard !activations.isEmpty else { throw ConfigurationError("no activation to compare") }
        var seen: Set<LayerActivation> = []
        for activation in activations where !seen.insert(activation).inserted {
            throw ConfigurationError("\(activation.name) is listed twice")
        }
        guard repeats >= 1 else { throw ConfigurationError("--repeats must be at least 1 (got \(repeats))") }
        guard checksPerEpoch >= 1 else { throw ConfigurationError("--checks-per-epoch must be at least 1 (got \(checksPerEpoch))") }
        switch rates {
        case .configured:
            break
        case .given(let given):
            for activation in activations where given.rate(for: activation.kind) == nil {
                throw ConfigurationError("--lr gives no rate for \(activation.name); name every activation "
                    + "(relu=0.3,tanh=0.2) or add one rate for the rest (0.1,relu=0.3)")
            }
        case .tuned:
            guard target != nil else {
                throw ConfigurationError("--tune-lr needs a target to tune for (e.g. --target-train-accuracy 0.75)")
            }
        }
        self.base = base
        self.activations = activations
        self.rates = rates
        self.target = target
        self.repeats = repeats
        self.checksPerEpoch = checksPerEpoch
        for activation in activations {
            for rate in candidates(for: activation) { try configuration(activation, rate: rate, run: 0).validate() }
        }
    }

    /// The learning rates `activation` is tried at.
    public func candidates(for activation: LayerActivation) -> [LearningRate] {
        switch rates {
        case .configured: [base.learningRate]
        case .given(let given): [given.rate(for: activation.kind) ?? base.learningRate]
        case .tuned(let grid): grid.rates
        }
    }

    /// Run `run` (0-based) of `activation` at `rate`: the base with that
    /// activation in every hidden layer, that rate, and seed base + run.
    public func configuration(_ activation: LayerActivation, rate: LearningRate, run: Int) -> TrainingConfiguration {
        var c = base
        c.setActivation(activation)
        c.learningRate = rate
        c.seed = base.seed &+ UInt64(run)
        return c
    }

    /// Where the comparison is, for a progress line.
    public struct Progress: Sendable {
        public var activation: LayerActivation
        public var rate: LearningRate
        public var seed: UInt64
        /// Share of all the runs done.
        public var fraction: Double
        /// Training-loop seconds so far, over all runs.
        public var seconds: Double
    }

    public struct Result: Sendable {
        /// One per activation finished, in the order given.
        public var rows: [ComparisonRow]
        /// The caller stopped it; `rows` holds the activations finished before.
        public var interrupted: Bool
    }

    /// Runs every activation at each of its rates, `repeats` seeds each.
    /// `shouldStop` is asked between steps; when it says stop, the
    /// activation under way is dropped and the finished rows returned.
    public func run(on dataset: Dataset, shouldStop: () -> Bool = { false },
                    progress: (Progress) -> Void = { _ in }) throws -> Result {
        if let target { try target.check(against: dataset) }
        let total = Double(activations.reduce(0) { $0 + candidates(for: $1).count } * repeats)
        var done = 0.0
        var seconds = 0.0
        var rows: [ComparisonRow] = []
        for activation in activations {
            var trials: [RateTrial] = []
            var parameterCount = 0
            for rate in candidates(for: activation) {
                var runs: [TargetOutcome] = []
                for run in 0..<repeats {
                    let c = configuration(activation, rate: rate, run: run)
                    var trainer = try Trainer(configuration: c, dataset: dataset)
                    parameterCount = trainer.network.parameterCount
                    let before = seconds
                    let outcome = trainer.race(toward: target, checksPerEpoch: checksPerEpoch, shouldStop: shouldStop) { share, spent in
                        progress(Progress(activation: activation, rate: rate, seed: c.seed, fraction: (done + share) / total,
                                          seconds: before + spent))
                    }
                    if outcome.interrupted { return Result(rows: rows, interrupted: true) }
                    seconds += outcome.final.trainingSeconds
                    done += 1
                    runs.append(outcome)
                }
                trials.append(RateTrial(rate: rate, runs: runs))
            }
            let best = trials.min { $0.isFaster(than: $1, toward: target) } ?? trials[0]
            rows.append(ComparisonRow(activation: activation, parameterCount: parameterCount, learningRate: best.rate,
                                      runs: best.runs, trials: trials))
        }
        return Result(rows: rows, interrupted: false)
    }
}
