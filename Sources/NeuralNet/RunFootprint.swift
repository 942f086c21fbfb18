import Datasets
import Foundation

/// A run's working memory, estimated from its configuration and its data's
/// shape before anything large is allocated, so that a run too large for
/// the machine is refused in one line instead of aborting on a failed
/// allocation. What it counts, all in Float32:
/// - the data set: what loading holds at its peak (before loading), or the
///   loaded examples and the data order (after);
/// - the parameters (weights, biases, PReLU slopes, every maxout piece),
///   four copies of them — the weights, the initial weights a restart starts
///   from, the gradients — and the optimiser's one (momentum, RMSprop) or two
///   (Adam) slots per parameter;
/// - activations and gradients for the examples pushed through at once (the
///   batch, at least 256 and at most 1024 rows): per row the inputs, and per
///   layer the pre-activations and their deltas (one per maxout piece), the
///   outputs and their deltas, and maxout's winning piece;
/// - the matrix products' packing buffers, about 3 MiB per thread.
/// Evaluation statistics, histograms and the decision map are a few
/// kilobytes per unit and left out.
public struct RunFootprint: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        public var name: String
        public var size: MemorySize
    }

    public var parts: [Part]

    public var total: MemorySize { parts.reduce(MemorySize(bytes: 0)) { $0 + $1.size } }

    /// Packing buffers of one matrix-product thread (row block × depth
    /// block of A and depth block × column block of B, in Float).
    static let packingBytesPerThread = Double((1536 * 384 + 384 * 512) * 4)

    /// The estimate before loading, from the data set's footprint (headers
    /// and file sizes). A CSV file's shape is unknown until it is read: then
    /// only its loading is counted, and the rest is checked once it is loaded.
    /// `trainerCopies`: trainers alive at once with their own scratch memory
    /// (the explorer keeps the run's starting point beside the running copy).
    public static func estimate(_ configuration: TrainingConfiguration, threads: Int = 1,
                                trainerCopies: Int = 1) throws(DatasetError) -> RunFootprint {
        let data = try configuration.dataset.footprint(testFraction: configuration.testFraction)
        let dataPart = Part(name: "loading \(data.description)", size: data.loading)
        guard let shape = data.shape else { return RunFootprint(parts: [dataPart]) }
        return estimate(configuration, shape: shape, data: dataPart, threads: threads, trainerCopies: trainerCopies)
    }

    /// The estimate once the data set is loaded.
    public static func estimate(_ configuration: TrainingConfiguration, dataset: Dataset, threads: Int = 1,
                                trainerCopies: Int = 1) -> RunFootprint {
        let examples = Double(dataset.trainCount + dataset.testCount)
        var bytes = examples * (Double(dataset.featureCount) * 4 + 4) + Double(dataset.trainCount) * 4
        // Regression targets, and the features the trainer makes beside the inputs.
        if dataset.task == .regression { bytes += examples * 4 }
        if configuration.inputFeatures != .plain { bytes += examples * Double(configuration.inputFeatures.count) * 4 }
        let shape = DatasetFootprint.Shape(trainCount: dataset.trainCount, testCount: dataset.testCount,
                                           featureCount: dataset.featureCount, classCount: dataset.classCount)
        return estimate(configuration, shape: shape, data: Part(name: "the data set", size: MemorySize(bytes: bytes)),
                        threads: threads, trainerCopies: trainerCopies)
    }

    static func estimate(_ c: TrainingConfiguration, shape: DatasetFootprint.Shape, data: Part, threads: Int,
                         trainerCopies: Int) -> RunFootprint {
        // Counted in Double: the sizes a user types can overflow Int.
        let bias = c.useBias ? 1.0 : 0
        var parameters = 0.0
        // The network's inputs: the set's features, or the input features made from them.
        let inputs = c.inputFeatures == .plain ? Double(shape.featureCount) : Double(c.inputFeatures.count)
        var perRow = inputs + 1
        var fanIn = inputs
        for layer in c.hiddenLayers {
            let units = Double(layer.units), pieces = Double(layer.activation.pieces)
            parameters += (fanIn + bias) * units * pieces
            if case .prelu = layer.activation { parameters += units }
            perRow += 2 * units * pieces + 2 * units + (pieces > 1 ? units : 0)
            fanIn = units
        }
        let classes = Double(shape.classCount)
        parameters += (fanIn + bias) * classes
        perRow += 4 * classes
        let optimiserSlots: Double = switch c.optimizer {
        case .gd, .sgd: 0
        case .momentum, .nesterov, .rmsprop: 1
        case .adam: 2
        }
        let batch = c.batchSize == 0 ? shape.trainCount : Swift.min(c.batchSize, Swift.max(shape.trainCount, 1))
        let rows = Double(Trainer.workspaceRows(batchSize: batch))
        let copies = Double(Swift.max(1, trainerCopies))
        let maxout = c.hiddenLayers.map(\.activation.pieces).max() ?? 1
        let activationName = "activations and gradients for \(Int(rows)) examples at once"
            + (maxout > 1 ? " with \(maxout) maxout pieces a unit" : "")
        return RunFootprint(parts: [
            data,
            Part(name: "\(Int(parameters)) parameters with their gradients and optimiser state",
                 size: MemorySize(bytes: parameters * 4 * (2 + copies * (1 + optimiserSlots)))),
            Part(name: activationName, size: MemorySize(bytes: rows * perRow * 4 * copies)),
            Part(name: "matrix-product buffers", size: MemorySize(bytes: packingBytesPerThread * Double(Swift.max(1, threads)) * copies)),
        ])
    }

    /// The largest part, named in a refusal.
    public var largestPart: Part? { parts.max { $0.size < $1.size } }

    /// Throws the one-line refusal when the run does not fit `budget`.
    public func check(against budget: MemoryBudget) throws(ConfigurationError) {
        let need = total
        guard !budget.allows(need) else { return }
        let detail = largestPart.map { "the most is \($0.name), \($0.size)" }
        throw ConfigurationError(budget.refusal("this run", needs: need, detail: detail))
    }
}
