import ArgumentParser
import TermPlot

/// `--theme`: a theme by name, or `auto` for the one matching the terminal's
/// background (the explorer asks the terminal; elsewhere it is dark).
enum ThemeArgument: ExpressibleByArgument, Equatable {
    case auto
    case theme(Theme)

    init?(argument: String) {
        let name = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if name == Theme.automaticName {
            self = .auto
        } else if let theme = Theme.named(name) {
            self = .theme(theme)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { [Theme.automaticName] + Theme.all.map(\.name) }

    /// The name a scene records.
    var sceneName: String {
        switch self {
        case .auto: Theme.automaticName
        case .theme(let theme): theme.name
        }
    }

    /// The theme where no terminal can be asked (`plot`, `snapshot`).
    var fixedTheme: Theme {
        switch self {
        case .auto: .dark
        case .theme(let theme): theme
        }
    }
}
