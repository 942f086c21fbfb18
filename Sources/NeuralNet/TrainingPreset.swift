import Activations

/// Named configurations, each set up to show one claim of the lecture within
/// seconds. The explorer adds the banners; `actview train --preset NAME`
/// starts from them and every other option still overrides. The raw value
/// is the name typed on the command line.
public enum TrainingPreset: String, Sendable, Hashable, CaseIterable {
    case lecture
    case saturation
    case deadReLU = "dead-relu"
    case noActivation = "no-activation"
    case seluDeep = "selu-deep"
    case race
    case raceSpiral = "race-spiral"

    public var name: String { rawValue }

    /// The next preset, wrapping around, for a key that cycles them.
    public var next: TrainingPreset {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public var configuration: TrainingConfiguration {
        var c = TrainingConfiguration()
        switch self {
        case .lecture:
            // The lecture's loop: 784-1000-10 (inputs-1000-10 on other sets),
            // sigmoid hidden and output, no biases, Glorot uniform (±0.058,
            // ±0.077 on MNIST), delta a2 − y, gradients summed over the whole
            // training set, plain gradient descent at 1e-6, 100 epochs.
            c.dataset = .digits
            c.hiddenLayers = Self.layers([1000], .sigmoid)
            c.output = .sigmoid
            c.useBias = false
            c.initializer = .glorotUniform
            c.optimizer = .gd
            c.learningRate = 1e-6
            c.batchSize = 0
            c.reduction = .sum
            c.epochs = 100
        case .saturation:
            // Biases far from zero pin a deep sigmoid net's units near 1:
            // nearly every unit saturated, each layer's backward pass
            // multiplies by σ′ ≈ 0.002, so the weight gradients collapse
            // toward the input and the loss hardly moves. (Huge weights
            // saturate the units too, but the same huge weights then blow
            // the backward signal up rather than shrink it.) An unbounded
            // activation passes the +6 on from layer to layer and diverges
            // at once; the explorer says so (`DivergenceCause`).
            c.dataset = .digits
            c.hiddenLayers = Self.layers([64, 64, 64, 64, 64], .sigmoid)
            c.initializer = .glorotUniform
            c.initialBias = 6
            c.optimizer = .sgd
            c.learningRate = 0.1
            c.batchSize = 32
            c.epochs = 20
        case .deadReLU:
            // A high learning rate knocks ReLU units into the region where
            // they no longer fire on any example. 0.6 is the rate at which
            // Leaky ReLU, PReLU and ELU did not diverge on seeds 1–9 and 42
            // while ReLU's dead share passed 30% within 1,000 steps on 8 of
            // those 10 seeds (at 1.0, PReLU diverged at step 933 and ELU at
            // 21); Scripts/sweep-dead-relu.sh repeats the search.
            c.dataset = .synthetic(.spiral)
            c.hiddenLayers = Self.layers([64, 64], .relu)
            c.initializer = .heNormal
            c.optimizer = .sgd
            c.learningRate = 0.6
            c.batchSize = 8
            c.epochs = 30
            c.evaluationsPerEpoch = 4
        case .noActivation:
            // Without activations a deep net is one linear map: the boundary
            // on the spiral stays straight however long it trains, and the
            // explorer trains the same thing without hidden layers beside it.
            // 60 epochs let both settle at the best line (seed 42: training
            // loss 0.6652 against 0.6648, accuracy 58.1% against 58.4%; at
            // 30 epochs 57.2% against 58.8%).
            c.dataset = .synthetic(.spiral)
            c.hiddenLayers = Self.layers([32, 32, 32], .linear)
            c.initializer = .glorotUniform
            c.optimizer = .adam
            c.learningRate = 0.01
            c.batchSize = 32
            c.epochs = 60
            c.evaluationsPerEpoch = 4
        case .seluDeep:
            // Sixteen SELU layers with LeCun-normal weights on z-scored
            // inputs (what self-normalisation assumes) stay near mean 0,
            // standard deviation 1 in every layer, and still train. The
            // initialiser is auto so that ReLU, pressed for comparison, gets
            // its own (He) weights rather than SELU's.
            c.dataset = .digits
            c.hiddenLayers = Self.layers(Array(repeating: 32, count: 16), .selu)
            c.initializer = .automatic
            c.standardizeInputs = true
            c.optimizer = .sgd
            c.learningRate = 0.01
            c.batchSize = 32
            c.epochs = 20
        case .race:
            // ReLU, tanh and sigmoid one after another by the paper's
            // protocol (Krizhevsky et al. 2012, Figure 1): the same data
            // order, each with its usual initialiser (auto: He for ReLU,
            // Glorot for tanh and sigmoid) and its own fastest learning rate
            // (`raceRates`), timed to 25% training error. The configuration's
            // rate is ReLU's.
            c.dataset = .digits
            c.hiddenLayers = Self.layers([64, 64], .relu)
            c.initializer = .automatic
            c.optimizer = .sgd
            c.learningRate = 0.3
            c.batchSize = 32
            c.epochs = 10
            // Every 3 of the 45 steps an epoch: the time to target in 1/15 epoch.
            c.evaluationsPerEpoch = 15
        case .raceSpiral:
            // The same protocol on the spiral, a 2-D set only a bent
            // boundary separates: tanh and sigmoid start in their nearly
            // linear range (Glorot weights on inputs within ±1) and stay near
            // the straight-line solution, where ReLU's kink bends at once.
            c.dataset = .synthetic(.spiral)
            c.hiddenLayers = Self.layers([64, 64], .relu)
            c.initializer = .automatic
            c.optimizer = .sgd
            c.learningRate = 1
            c.batchSize = 32
            c.epochs = 150
            c.evaluationsPerEpoch = 10
        }
        return c
    }

    /// The race scenes' runners, each with its own learning rate: the
    /// fastest to 75% training accuracy, median of seeds 1–3, on the grid
    /// 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10
    /// (`Scripts/sweep-race-lr.sh race` and `… race-spiral`). On digits:
    /// ReLU 0.3 (0.47 epochs), tanh 0.3 (0.20), sigmoid 1 (3.07). On the
    /// spiral: ReLU 1 (12.9 epochs); no rate took tanh or sigmoid there
    /// within 150 epochs, so theirs is the rate that ended highest (tanh 1,
    /// 61% training accuracy; sigmoid 0.5, 61%).
    public var raceRates: [(activation: ActivationKind, learningRate: LearningRate)]? {
        switch self {
        case .race: [(.relu, 0.3), (.tanh, 0.3), (.sigmoid, 1)]
        case .raceSpiral: [(.relu, 1), (.tanh, 1), (.sigmoid, 0.5)]
        default: nil
        }
    }

    /// Training accuracy the race scenes time: the paper's 25% training error.
    public static let raceTargetTrainAccuracy = 0.75

    static func layers(_ sizes: [Int], _ kind: ActivationKind) -> [HiddenLayer] {
        sizes.map { HiddenLayer(units: $0, activation: LayerActivation(kind)) }
    }
}
