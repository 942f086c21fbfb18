import Activations
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
            TrainCommand.self, CompareCommand.self, ExportCommand.self, ClaimsCommand.self, BenchCommand.self, SnapshotCommand.self,
            LessonCommand.self,
        ],
        defaultSubcommand: ExploreCommand.self
    )
}

extension ActView {
    /// `actview help NAME` for a NAME that is no command: the parser would
    /// print the general help and exit 0, as if the topic existed.
    static func checkHelpTopic(_ arguments: [String]) throws {
        guard arguments.first == "help", arguments.count > 1 else { return }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        let topic = arguments[1]
        guard !topic.hasPrefix("-") else { return }
        guard names.contains(topic) else {
            throw CLIError(NameSuggestions.unknown("help topic", topic, among: names))
        }
        guard arguments.count == 2 else {
            throw CLIError("'\(topic)' has no help topics of its own; try 'actview help \(topic)'")
        }
    }
}
