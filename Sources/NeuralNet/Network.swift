import Datasets
import Activations

/// A multilayer perceptron in Float32: hidden layers with any activation
/// (PReLU and maxout included) and a softmax or sigmoid output layer, or
/// for regression one linear output unit.
///
/// A plain value: copying a network copies its weights. The forward and
/// backward passes write only into a `NetworkWorkspace`.
public struct Network: Sendable {
    /// Hidden layers, input side first, then the output layer.
    var layers: [DenseLayer]
    public let inputCount: Int
    public let classCount: Int
    public let output: OutputKind
    /// Regression: one linear output trained on squared error.
    public let task: LearningTask

    /// Weights, biases and PReLU slopes; maxout's extra pieces included.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    public var hiddenLayerCount: Int { layers.count - 1 }

    /// Builds the network `configuration` describes and draws its weights
    /// from `generator`, layer by layer, input side first.
    init(configuration: TrainingConfiguration, inputCount: Int, classCount: Int,
         generator: inout SeededRandom) throws {
        try Self.checkSize(configuration, inputCount: inputCount, classCount: classCount)
        self.inputCount = inputCount
        self.classCount = classCount
        output = configuration.output
        task = configuration.task
        var layers: [DenseLayer] = []
        var fanIn = inputCount
        let rules = configuration.layerInitializers
        for (index, hidden) in configuration.hiddenLayers.enumerated() {
            let function = LayerFunction(hidden.activation)
            var layer = DenseLayer(inputCount: fanIn, unitCount: hidden.units, function: function,
                                   useBias: configuration.useBias)
            rules[index].fill(&layer.weights, fanIn: fanIn, fanOut: hidden.units, generator: &generator)
            for i in layer.bias.indices { layer.bias[i] = Float(configuration.initialBias) }
            layers.append(layer)
            fanIn = hidden.units
        }
        let outputFunction: LayerFunction = configuration.task == .regression ? .linear
            : configuration.output == .softmax ? .softmax : .sigmoid
        var last = DenseLayer(inputCount: fanIn, unitCount: classCount, function: outputFunction,
                              useBias: configuration.useBias)
        rules[rules.count - 1].fill(&last.weights, fanIn: fanIn, fanOut: classCount, generator: &generator)
        layers.append(last)
        self.layers = layers
    }

    /// More parameters than this is a typo (`--hidden 100000,100000`), not a
    /// classroom network: with the optimiser's state it would need gigabytes.
    public static let maximumParameterCount = 50_000_000

    /// Refuses a network too large to allocate, before allocating anything.
    /// Counted in Double: the sizes a user types can overflow Int.
    static func checkSize(_ configuration: TrainingConfiguration, inputCount: Int, classCount: Int) throws {
        let bias = configuration.useBias ? 1.0 : 0
        var count = 0.0
        var fanIn = Double(inputCount)
        for hidden in configuration.hiddenLayers {
            let units = Double(hidden.units)
            count += (fanIn + bias) * units * Double(hidden.activation.pieces)
            if case .prelu = hidden.activation { count += units }
            fanIn = units
        }
        count += (fanIn + bias) * Double(classCount)
        guard count <= Double(maximumParameterCount) else {
            let shown = count < 9e18 ? String(Int(count)) : String(describing: count)
            throw ConfigurationError("the network would have \(shown) parameters, more than the \(maximumParameterCount) "
                + "actview trains; use fewer or smaller hidden layers")
        }
    }
}
