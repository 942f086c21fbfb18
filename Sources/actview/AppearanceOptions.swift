import ArgumentParser
import Terminal
import Explorer
import Foundation
import TermPlot

/// How a screen looks, spelled the same in `explore`, `snapshot` and `plot`.
struct AppearanceOptions: ParsableArguments {
    @Option(help: "Colours: dark, light or mono.")
    var theme: Theme = .dark

    @Option(help: "Colour output: auto (off when NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Draw with ASCII only: no braille, box lines or Hangul.")
    var ascii = false

    /// Whether to draw in colour here, `NO_COLOR` included.
    var wantsColor: Bool { color.wantsColor(environment: ProcessInfo.processInfo.environment) }
}

/// The explorer's language, for `explore` and `snapshot`.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of labels and notes: en or ko (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    /// The language asked for, or the locale's; LC_ALL overrides LANG, as
    /// in every POSIX program.
    var resolved: Language {
        if let lang { return lang }
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return Language(locale: locale)
    }
}
