import ArgumentParser
import Activations
import Datasets
import Explorer
import NeuralNet

/// What the explorer shows: shared by `explore` (live) and `snapshot`
/// (headless), so the two accept the same scene with the same words.
struct SceneOptions: ParsableArguments {
    @Option(help: "Start from a prepared scene.")
    var preset: TrainingPreset?

    @Option(help: "The hidden layers' activation, as 'actview list' names it.",
            transform: ConfigurationParser.activationKind)
    var activation: ActivationKind?

    @Option(help: "The data set: \(DatasetSpec.spellings.joined(separator: ", ")).",
            transform: ConfigurationParser.dataset)
    var dataset: DatasetSpec?

    @Option(parsing: .unconditional, help: "Seed for initial weights and data order.")
    var seed: UInt64 = TrainingConfiguration.explorerSeed
}
