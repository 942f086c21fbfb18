import Activations
import Datasets

/// The configuration's JSON form, version 2, which scene files, lessons and
/// code export build on. Names are spelled as on the command line and read
/// back through `ConfigurationParser`, so a file is checked exactly as a
/// typed option is:
///
/// ```json
/// {
///   "version": 1,
///   "dataset": "spiral",
///   "layers": [
///     { "units": 32, "activation": "leaky-relu", "parameters": { "slope": 0.2 } },
///     { "units": 32, "activation": "maxout", "pieces": 3 }
///   ],
///   "output": "softmax", "bias": true, "initializer": "auto",
///   "optimizer": "adam", "learningRate": 0.01, "batchSize": 32,
///   "initialBias": 0, "weightDecay": 0, "reduction": "mean",
///   "seed": 1, "epochs": 20, "evaluationsPerEpoch": 1, "testFraction": 0.2,
///   "standardizeInputs": false
/// }
/// ```
///
/// Every key but `version`, `dataset` and `layers` may be left out and
/// takes the value of `TrainingConfiguration()`. `labelColumn` (a number)
/// goes with a `csv:` data set. PReLU's `alpha` parameter is its starting
/// slope.
///
/// Version 2 adds `"task": "regression"`, `"features": "x1,x2,x1^2"` (as
/// `--features` spells them) and `"l1": 0.001`. They are written only when
/// they differ from the defaults, and then the file says version 2, so a
/// build that reads only version 1 refuses such a file instead of
/// training something else; every other file stays version 1, as before.
extension TrainingConfiguration: Codable {
    /// The version this build writes and the newest it reads.
    public static let formatVersion = 2

    /// The oldest version that holds this configuration: 1 unless a
    /// version 2 key differs from its default.
    public var minimumFormatVersion: Int {
        let ownTask = dataset.intrinsicTask ?? .classification
        return task != ownTask || inputFeatures != .plain || l1Penalty != 0 ? 2 : 1
    }

    private enum Key: String, CodingKey {
        case version, dataset, labelColumn, layers, output, bias, initializer, optimizer, learningRate
        case batchSize, initialBias, weightDecay, reduction, seed, epochs, evaluationsPerEpoch, testFraction
        case standardizeInputs
        case task, features, l1
    }

    private enum LayerKey: String, CodingKey {
        case units, activation, parameters, pieces
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version >= 1, version <= Self.formatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription:
                "configuration version \(version) is not one this actview reads (1…\(Self.formatVersion))")
        }
        self.init()
        func parsed<T>(_ key: Key, _ parse: (String) throws(ConfigurationError) -> T) throws -> T? {
            guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
            do {
                return try parse(text)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: error.description)
            }
        }
        guard let spec = try parsed(.dataset, ConfigurationParser.dataset) else {
            throw DecodingError.keyNotFound(Key.dataset, .init(codingPath: c.codingPath,
                                                               debugDescription: "a configuration names its data set"))
        }
        dataset = spec
        followDataset()
        if let value = try parsed(.task, ConfigurationParser.task) { task = value }
        if let value = try parsed(.features, ConfigurationParser.inputFeatures) { inputFeatures = value }
        if let value = try c.decodeIfPresent(Double.self, forKey: .l1) { l1Penalty = value }
        if version < 2, minimumFormatVersion > 1 {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription:
                "task, features and l1 are version 2 keys; this file says version \(version)")
        }
        if let column = try c.decodeIfPresent(Int.self, forKey: .labelColumn) {
            guard case .csv(let path, _) = dataset else {
                throw DecodingError.dataCorruptedError(forKey: .labelColumn, in: c, debugDescription:
                    "labelColumn goes with a csv: data set, not '\(dataset)'")
            }
            dataset = .csv(path: path, labelColumn: column)
        }
        var layers = try c.nestedUnkeyedContainer(forKey: .layers)
        var hidden: [HiddenLayer] = []
        while !layers.isAtEnd {
            let layer = try layers.nestedContainer(keyedBy: LayerKey.self)
            let units = try layer.decode(Int.self, forKey: .units)
            let name = try layer.decode(String.self, forKey: .activation)
            let parameters = try layer.decodeIfPresent([String: Double].self, forKey: .parameters) ?? [:]
            let pieces = try layer.decodeIfPresent(Int.self, forKey: .pieces)
            do {
                let kind = try ConfigurationParser.activationKind(name)
                let activation = try ConfigurationParser.layerActivations([kind], parameters: parameters, maxoutPieces: pieces)[0]
                hidden.append(HiddenLayer(units: units, activation: activation))
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .activation, in: layer, debugDescription: error.description)
            }
        }
        hiddenLayers = hidden
        if let value = try parsed(.output, ConfigurationParser.output) { output = value }
        if let value = try c.decodeIfPresent(Bool.self, forKey: .bias) { useBias = value }
        if let value = try parsed(.initializer, ConfigurationParser.initializer) { initializer = value }
        if let value = try parsed(.optimizer, ConfigurationParser.optimizer) { optimizer = value }
        if let value = try c.decodeIfPresent(Double.self, forKey: .learningRate) {
            do {
                learningRate = try LearningRate(value)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .learningRate, in: c, debugDescription: error.description)
            }
        }
        if let value = try c.decodeIfPresent(Int.self, forKey: .batchSize) { batchSize = value }
        if let value = try c.decodeIfPresent(Double.self, forKey: .initialBias) { initialBias = value }
        if let value = try c.decodeIfPresent(Double.self, forKey: .weightDecay) { weightDecay = value }
        if let value = try parsed(.reduction, ConfigurationParser.reduction) { reduction = value }
        if let value = try c.decodeIfPresent(UInt64.self, forKey: .seed) { seed = value }
        if let value = try c.decodeIfPresent(Int.self, forKey: .epochs) { epochs = value }
        if let value = try c.decodeIfPresent(Int.self, forKey: .evaluationsPerEpoch) { evaluationsPerEpoch = value }
        if let value = try c.decodeIfPresent(Double.self, forKey: .testFraction) { testFraction = value }
        if let value = try c.decodeIfPresent(Bool.self, forKey: .standardizeInputs) { standardizeInputs = value }
        do {
            try validate()
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let version = minimumFormatVersion
        try c.encode(version, forKey: .version)
        try c.encode(dataset.description, forKey: .dataset)
        if version >= 2 {
            try c.encode(task.rawValue, forKey: .task)
            if inputFeatures != .plain { try c.encode(inputFeatures.spelling, forKey: .features) }
            if l1Penalty != 0 { try c.encode(l1Penalty, forKey: .l1) }
        }
        if case .csv(_, let column?) = dataset { try c.encode(column, forKey: .labelColumn) }
        var layers = c.nestedUnkeyedContainer(forKey: .layers)
        for hidden in hiddenLayers {
            var layer = layers.nestedContainer(keyedBy: LayerKey.self)
            try layer.encode(hidden.units, forKey: .units)
            try layer.encode(hidden.activation.name, forKey: .activation)
            let parameters = hidden.activation.changedParameters
            if !parameters.isEmpty { try layer.encode(parameters, forKey: .parameters) }
            if case .maxout(let pieces) = hidden.activation { try layer.encode(pieces, forKey: .pieces) }
        }
        try c.encode(output.rawValue, forKey: .output)
        try c.encode(useBias, forKey: .bias)
        try c.encode(initializer.name, forKey: .initializer)
        try c.encode(optimizer.rawValue, forKey: .optimizer)
        try c.encode(learningRate.value, forKey: .learningRate)
        try c.encode(batchSize, forKey: .batchSize)
        try c.encode(initialBias, forKey: .initialBias)
        try c.encode(weightDecay, forKey: .weightDecay)
        try c.encode(reduction.rawValue, forKey: .reduction)
        try c.encode(seed, forKey: .seed)
        try c.encode(epochs, forKey: .epochs)
        try c.encode(evaluationsPerEpoch, forKey: .evaluationsPerEpoch)
        try c.encode(testFraction, forKey: .testFraction)
        try c.encode(standardizeInputs, forKey: .standardizeInputs)
    }
}
