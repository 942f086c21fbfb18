import ArgumentParser
import Datasets
import NeuralNet

/// `--memory-limit`, spelled the same in `train`, `compare`, `explore` and
/// `snapshot`: the budget a run's estimated working memory must fit.
struct MemoryOption: ParsableArguments {
    @Option(name: .customLong("memory-limit"), help: ArgumentHelp(
        "The most memory a run may take, e.g. 512M or 2G (default: a quarter of physical memory, at most 4G).",
        valueName: "SIZE"), transform: ConfigurationParser.memoryLimit)
    var memoryLimit: MemoryBudget?

    var budget: MemoryBudget { memoryLimit ?? .machineDefault }
}
