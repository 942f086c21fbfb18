import Datasets
import NeuralNet

/// Everything an exported script reproduces, resolved the way actview
/// resolves it: the layers with their concrete initialisers, the batch size
/// after 0 means "the whole set", whether the data are shuffled, and with
/// `--same-start` the starting point.
public struct ExportedRun: Sendable {
    public let configuration: TrainingConfiguration
    public let datasetName: String
    public let featureCount: Int
    public let classCount: Int
    public let trainCount: Int
    public let testCount: Int
    public let batchSize: Int
    public let shufflesEachEpoch: Bool
    public let hidden: [ExportedLayer]
    /// The output layer's concrete initialiser.
    public let outputInitializer: WeightInitializer
    public let start: StartingPoint?
    /// The command line that asked for the export, quoted in the script.
    public let command: String
    /// The bundled digits file the script reads, for `digits`.
    public let digitsPath: String?

    public init(trainer: Trainer, sameStart: Bool, command: String) {
        let c = trainer.configuration
        configuration = c
        datasetName = trainer.dataset.name
        featureCount = trainer.dataset.featureCount
        classCount = trainer.dataset.classCount
        trainCount = trainer.dataset.trainCount
        testCount = trainer.dataset.testCount
        batchSize = trainer.batchSize
        shufflesEachEpoch = trainer.shufflesEachEpoch
        var fanIn = trainer.dataset.featureCount
        var layers: [ExportedLayer] = []
        for (index, layer) in c.hiddenLayers.enumerated() {
            layers.append(ExportedLayer(number: index + 1, inputCount: fanIn, units: layer.units,
                                        activation: layer.activation,
                                        initializer: c.initializer.resolved(for: layer.activation.kind)))
            fanIn = layer.units
        }
        hidden = layers
        outputInitializer = c.initializer.resolvedForOutput(firstHidden: c.hiddenLayers.first?.activation.kind)
        start = sameStart ? StartingPoint(trainer: trainer) : nil
        self.command = command
        digitsPath = c.dataset == .digits ? Dataset.bundledDigitsPath : nil
    }

    /// The output layer's fan-in: the last hidden layer's units.
    public var outputInputCount: Int { hidden.last?.units ?? featureCount }

    /// "2-64-64-2".
    public var shape: String {
        ([featureCount] + hidden.map(\.units) + [classCount]).map(String.init).joined(separator: "-")
    }
}
