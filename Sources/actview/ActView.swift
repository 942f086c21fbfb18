import ArgumentParser

/// `actview` with no subcommand opens the explorer; the subcommands are the
/// headless, scriptable side for slides and notebooks.
struct ActView: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actview",
        abstract: "Explore activation functions: plot them, train with them, watch them saturate and die.",
        version: "0.1.0",
        subcommands: [
            ListCommand.self, EvalCommand.self, PlotCommand.self,
            TrainCommand.self, CompareCommand.self, BenchCommand.self, SnapshotCommand.self,
        ]
    )

    func run() throws {
        // The explorer arrives with its own issue; until then, the help.
        print(ActView.helpMessage())
    }
}
