/// A key binding as the status bar shows it: `q:quit`, `+/-:lr`.
struct StatusHint: Sendable, Hashable {
    let keys: String
    let english: String
    let korean: String
    /// Place in the bar, lowest first: the keys a class needs first.
    let rank: Int

    func text(in language: Language) -> String {
        keys + ":" + (language == .korean ? korean : english)
    }
}
