/// Korean needs Hangul on the screen. Where it cannot show — ASCII only
/// (`--ascii`), or a locale that cannot encode it — the explorer would print
/// "??????" for every label and note, so it shows English and says why.
extension ExplorerOptions {
    /// Why Hangul cannot show.
    public enum HangulObstacle: Sendable, Equatable {
        /// `--ascii` was asked for.
        case asciiOnly
        /// The locale (as LC_ALL, LC_CTYPE or LANG name it) is not a UTF-8
        /// one installed on this system.
        case locale(String)
    }

    /// Switches Korean to English when Hangul cannot show, and returns the
    /// one-line notice that says so (nil when nothing changed).
    public mutating func fallBackToEnglish(because obstacle: HangulObstacle?) -> String? {
        guard language == .korean, let obstacle else { return nil }
        language = .english
        return Self.englishFallbackNotice(obstacle)
    }

    public static func englishFallbackNotice(_ obstacle: HangulObstacle) -> String {
        switch obstacle {
        case .asciiOnly:
            return "Korean needs Hangul, which --ascii leaves out: showing English"
        case .locale(let name):
            return "Korean needs a UTF-8 locale, and '\(name)' is not one installed here: showing English"
        }
    }
}
