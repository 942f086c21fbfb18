import Activations

/// A multilayer perceptron in Float32: hidden layers with any activation
/// (PReLU and maxout included) and a softmax or sigmoid output layer.
///
/// A plain value: copying a network copies its weights. The forward and
/// backward passes write only into a `NetworkWorkspace`.
public struct Network: Sendable {
    /// Hidden layers, input side first, then the output layer.
    var layers: [DenseLayer]
    public let inputCount: Int
    public let classCount: Int
    public let output: OutputKind

    /// Weights, biases and PReLU slopes; maxout's extra pieces included.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    public var hiddenLayerCount: Int { layers.count - 1 }

    /// Builds the network `configuration` describes and draws its weights
    /// from `generator`, layer by layer, input side first.
    init(configuration: TrainingConfiguration, inputCount: Int, classCount: Int,
         generator: inout SeededRandom) throws {
        try configuration.validate()
        self.inputCount = inputCount
        self.classCount = classCount
        output = configuration.output
        var layers: [DenseLayer] = []
        var fanIn = inputCount
        for (index, units) in configuration.hiddenSizes.enumerated() {
            let name = configuration.activationName(forLayer: index)
            let function = try Self.function(named: name, configuration: configuration)
            var layer = DenseLayer(inputCount: fanIn, unitCount: units, function: function,
                                   useBias: configuration.useBias)
            configuration.initializer.resolved(for: function.name)
                .fill(&layer.weights, fanIn: fanIn, fanOut: units, generator: &generator)
            layers.append(layer)
            fanIn = units
        }
        let outputFunction: LayerFunction = configuration.output == .softmax ? .softmax : .sigmoid
        var last = DenseLayer(inputCount: fanIn, unitCount: classCount, function: outputFunction,
                              useBias: configuration.useBias)
        // The output layer follows the hidden layers' rule, as in the lecture
        // (Glorot uniform on both layers).
        let firstName = layers.first?.function.name ?? "sigmoid"
        configuration.initializer.resolved(for: firstName == "selu" ? "selu" : "sigmoid")
            .fill(&last.weights, fanIn: fanIn, fanOut: classCount, generator: &generator)
        layers.append(last)
        self.layers = layers
    }

    /// The hidden-layer function for a user-facing activation name.
    static func function(named name: String, configuration: TrainingConfiguration) throws -> LayerFunction {
        let activation: Activation
        do {
            activation = try Activation.named(name, parameters: [:])
        } catch {
            throw ConfigurationError(error.description)
        }
        switch activation.kind {
        case .prelu: return .prelu
        case .maxout: return .maxout(pieces: configuration.maxoutPieces)
        default: break
        }
        // One `--param` list serves every layer: each takes the names it has.
        let accepted = Set(activation.entry.parameters.map { $0.name.lowercased() })
        let parameters = configuration.activationParameters.filter { accepted.contains($0.key.lowercased()) }
        do {
            return .activation(try Activation.named(name, parameters: parameters))
        } catch {
            throw ConfigurationError(error.description)
        }
    }
}
