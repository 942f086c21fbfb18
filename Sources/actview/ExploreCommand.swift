import ArgumentParser
import CursesBackend
import Explorer
import Foundation
import TermPlot

/// The interactive explorer, what a bare `actview` runs.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Open the interactive explorer (the default)."
    )

    @Option(help: "Start from a prepared scene: lecture, saturation, dead-relu, no-activation, selu-deep, race.")
    var preset: String?

    @Option(help: "The hidden layers' activation, as 'actview list' names it.")
    var activation: String?

    @Option(help: "The data set: spiral, xor, circles, moons, gaussians, digits, mnist:DIR, csv:PATH.")
    var dataset: String?

    @Option(help: "Language of labels and notes: en or ko (default: from LANG).")
    var lang: String?

    @Option(help: "Colours: dark, light or mono.")
    var theme: String = "dark"

    @Option(help: "Colour output: auto (off when NO_COLOR is set), always or never.")
    var color: String = "auto"

    @Flag(help: "Draw with ASCII only: no braille, box lines or Hangul.")
    var ascii = false

    @Option(help: "Seed for initial weights and data order.")
    var seed: UInt64 = 42

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let colorChoice = ColorChoice(rawValue: color.lowercased()) else {
            throw CLIError("unknown --color '\(color)'; use auto, always or never")
        }
        guard let chosenTheme = Theme.named(theme.lowercased()) else {
            throw CLIError("unknown --theme '\(theme)'; use dark, light or mono")
        }
        let language: Language
        if let lang {
            guard let chosen = Language(rawValue: lang.lowercased()) else {
                throw CLIError("unknown --lang '\(lang)'; use en or ko")
            }
            language = chosen
        } else {
            // LC_ALL overrides LANG, as in every POSIX program.
            let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
                .compactMap { $0 }.first { !$0.isEmpty }
            language = Language(locale: locale)
        }
        let options = ExplorerOptions(
            preset: preset, activation: activation, dataset: dataset, language: language,
            theme: chosenTheme, unicode: !ascii, color: colorChoice.wantsColor(environment: environment),
            seed: seed)
        do {
            try ExplorerShell.run(options: options,
                                  exitAfterFirstFrame: environment["ACTVIEW_EXIT_AFTER_FIRST_FRAME"] == "1")
        } catch let error as TerminalError {
            throw CLIError(error.description)
        } catch let error as ExplorerShell.Interrupted {
            throw ExitCode(error.status)
        } catch let error as CustomStringConvertible {
            throw CLIError(error.description)
        }
    }
}
