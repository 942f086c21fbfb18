import ArgumentParser

/// `actview` with no subcommand opens the explorer (`explore`, the default
/// subcommand); the other subcommands are the headless, scriptable side for
/// slides and notebooks. The explorer's options live on `explore` rather than
/// here: options on the root would take `--color`, `--theme` and `--ascii`
/// away from every subcommand that has its own.
struct ActView: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actview",
        abstract: "Explore activation functions: plot them, train with them, watch them saturate and die.",
        version: "0.1.0",
        subcommands: [
            ExploreCommand.self, ListCommand.self, EvalCommand.self, PlotCommand.self,
            TrainCommand.self, CompareCommand.self, ClaimsCommand.self, BenchCommand.self, SnapshotCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )
}
