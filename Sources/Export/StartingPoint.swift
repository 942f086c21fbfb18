import Datasets
import NeuralNet

/// What `--same-start` adds to a script: actview's initial weights, biases
/// and PReLU slopes, and checksums of the data and of the first epoch's
/// order, which the script checks before it trains.
public struct StartingPoint: Sendable, Hashable {
    /// Input side first, the output layer last.
    public let layers: [LayerParameters]
    public let data: DataChecksums
    /// CRC-32 of the first epoch's order (Int32 indices); nil when the
    /// examples are not shuffled.
    public let firstOrder: UInt32?

    public init(trainer: Trainer) {
        layers = trainer.initialNetwork.layerParameters
        data = DataChecksums(trainer.dataset)
        if trainer.shufflesEachEpoch {
            var generator = Trainer.orderGenerator(seed: trainer.configuration.seed)
            firstOrder = DataChecksums.crc32(generator.permutation(trainer.dataset.trainCount).map { Int32($0) })
        } else {
            firstOrder = nil
        }
    }

    /// Every number in the order the script reads them: per layer the
    /// weights (input-major), the biases, the slopes.
    public var values: [Float] {
        layers.flatMap { $0.weights + $0.bias + $0.alpha }
    }
}
