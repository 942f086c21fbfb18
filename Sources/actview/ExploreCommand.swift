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

    @Option(help: "Language of labels and notes: en or ko (default: from LANG).")
    var lang: String?

    @Option(help: "Colours: dark, light or mono.")
    var theme: String = "dark"

    @Option(help: "Colour output: auto (off when NO_COLOR is set), always or never.")
    var color: String = "auto"

    @Flag(help: "Draw with ASCII only: no braille, box lines or Hangul.")
    var ascii = false

    @Option(help: "Training pace: steps per second, or max for as fast as the machine allows (default: 100; < and > change it).")
    var speed: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let colorChoice = ColorChoice(rawValue: color.lowercased()) else {
            throw CLIError("unknown --color '\(color)'; use auto, always or never")
        }
        let chosenTheme = try SceneOptions.theme(named: theme)
        let stepsPerSecond = try speed.map(Self.pace(named:)) ?? ExplorerOptions.defaultStepsPerSecond
        let language: Language
        if let lang {
            language = try SceneOptions.language(code: lang)
        } else {
            // LC_ALL overrides LANG, as in every POSIX program.
            let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
                .compactMap { $0 }.first { !$0.isEmpty }
            language = Language(locale: locale)
        }
        let options = ExplorerOptions(
            preset: scene.preset, activation: scene.activation, dataset: scene.dataset, language: language,
            theme: chosenTheme, unicode: !ascii, color: colorChoice.wantsColor(environment: environment),
            seed: scene.seed, stepsPerSecond: stepsPerSecond)
        do {
            try ExplorerShell.run(options: options,
                                  exitAfterFirstFrame: environment["ACTVIEW_EXIT_AFTER_FIRST_FRAME"] == "1",
                                  openTerminal: { color in try CursesTerminal(color: color) })
        } catch let error as TerminalError {
            throw CLIError(error.description)
        } catch let error as ExplorerShell.Interrupted {
            throw ExitCode(error.status)
        } catch let error as CustomStringConvertible {
            throw CLIError(error.description)
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
