import Activations
import Datasets

/// The starting points that are not presets, in one place: what `train` and
/// `compare` use without `--preset`, and the explorer's opening scene.
extension TrainingConfiguration {
    /// `train` and `compare` without a preset: a small ReLU net that learns
    /// every built-in set in seconds.
    public static var commandLineDefault: TrainingConfiguration {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenLayers = TrainingPreset.layers([64, 64], .relu)
        c.optimizer = .adam
        c.learningRate = 0.003
        c.batchSize = 32
        c.epochs = 20
        c.seed = commandLineSeed
        return c
    }

    /// The explorer's opening scene: ReLU on the spiral, which trains in
    /// seconds and shows its decision regions.
    public static var explorerDefault: TrainingConfiguration {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenLayers = TrainingPreset.layers([32, 32], .relu)
        c.evaluationsPerEpoch = 4
        c.epochs = 200
        c.seed = explorerSeed
        return c
    }

    /// `train` and `compare`'s seed when none is given.
    public static let commandLineSeed: UInt64 = 1
    /// The explorer's and `snapshot`'s seed when none is given.
    public static let explorerSeed: UInt64 = 42
}

extension TrainingConfiguration {
    /// The output layer and its loss as the headers print them: `softmax`,
    /// `sigmoid`, or `linear, mse` for regression.
    public var outputDescription: String {
        task == .regression ? "linear, mse" : output.rawValue
    }
}
