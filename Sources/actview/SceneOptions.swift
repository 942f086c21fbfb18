import ArgumentParser
import Explorer
import TermPlot

/// What the explorer shows: shared by `explore` (live) and `snapshot`
/// (headless), so the two accept the same scene with the same words.
struct SceneOptions: ParsableArguments {
    @Option(help: "Start from a prepared scene: lecture, saturation, dead-relu, no-activation, selu-deep, race.")
    var preset: String?

    @Option(help: "The hidden layers' activation, as 'actview list' names it.")
    var activation: String?

    @Option(help: "The data set: spiral, xor, circles, moons, gaussians, digits, mnist:DIR, csv:PATH.")
    var dataset: String?

    @Option(help: "Seed for initial weights and data order.")
    var seed: UInt64 = 42

    /// `--theme` by name, or the one-line error.
    static func theme(named name: String) throws -> Theme {
        guard let theme = Theme.named(name.lowercased()) else {
            throw CLIError("unknown --theme '\(name)'; use dark, light or mono")
        }
        return theme
    }

    /// `--lang` by code, or the one-line error.
    static func language(code: String) throws -> Language {
        guard let language = Language(rawValue: code.lowercased()) else {
            throw CLIError("unknown --lang '\(code)'; use en or ko")
        }
        return language
    }
}
