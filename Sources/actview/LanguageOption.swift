import ArgumentParser
import Explorer
import Foundation

/// The explorer's language, for `explore` and `snapshot`.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of labels and notes: en or ko (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: Language?

    /// The locale characters are shown in, as POSIX decides it: LC_ALL,
    /// then LC_CTYPE, then LANG ("C" when none is set).
    static var localeName: String {
        let environment = ProcessInfo.processInfo.environment
        return [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? "C"
    }

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
