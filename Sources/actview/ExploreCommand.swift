import ArgumentParser
import Explorer
import ExplorerRuntime
import Foundation
import TermPlot
import Terminal

/// The interactive explorer, what a bare `actview` runs.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default)."
    )

    @OptionGroup var scene: SceneOptions

    @OptionGroup var appearance: AppearanceOptions

    @OptionGroup var language: LanguageOption

    @Option(help: "Training pace: steps per second, or max for as fast as the machine allows (default: 100, the lecture preset 6; < and > change it).")
    var speed: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let stepsPerSecond = try speed.map(Self.pace(named:)) ?? ExplorerOptions.defaultStepsPerSecond
        let options = ExplorerOptions(
            preset: scene.preset, activation: scene.activation, dataset: scene.dataset, language: language.resolved,
            theme: appearance.theme, unicode: !appearance.ascii, color: appearance.wantsColor,
            seed: scene.seed, stepsPerSecond: stepsPerSecond, keepsPace: speed != nil)
        do {
            try ExplorerShell.run(options: options,
                                  exitAfterFirstFrame: environment["ACTVIEW_EXIT_AFTER_FIRST_FRAME"] == "1",
                                  openTerminal: { color in try CursesTerminal(color: color) })
        } catch let error as ExplorerShell.Interrupted {
            throw ExitCode(error.status)
        }
    }

    /// `--speed`: steps per second, or nil for `max`; else the one-line error.
    static func pace(named text: String) throws -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "max" { return nil }
        guard let rate = Double(trimmed), rate.isFinite, rate > 0 else {
            throw CLIError("unknown --speed '\(EvalCommand.printable(text))'; use steps per second (e.g. 30) or max")
        }
        return rate
    }
}
