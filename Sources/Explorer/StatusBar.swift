import TermPlot

/// The bottom line: the main keys from the left, most useful first, each
/// whole; a transient notice (or which panes this size leaves out) in a
/// slot of its own on the right, so a notice never pushes the keys off.
struct StatusBar {
    let explorer: Explorer
    /// Panes the layout has no room for, named when no notice is up.
    var hiddenPanes: [Pane] = []
    /// The hints a notice may never push off: help, quit, pause.
    static let keptHints = 3

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let style = options.resolve(options.theme.statusBar)
        screen.fill(area, with: Cell(" ", style: style))
        // Derived from the key map, so the bar cannot promise a key that does not exist.
        let hints = KeyBinding.statusHints.map { options.text($0.text(in: explorer.options.language)) }
        let strings = Strings.of(explorer.options.language)
        let available = area.width - 2
        let kept = hints.prefix(Self.keptHints).joined(separator: "  ")
        var slot: String?
        if let notice = explorer.notice {
            slot = options.text(notice.text)
        } else if !hiddenPanes.isEmpty {
            slot = options.text(strings.hidden(hiddenPanes))
        }
        var right = ""
        if let slot {
            right = Self.shortened(slot, to: max(0, available - CharacterWidth.of(kept) - 3), unicode: options.unicode)
        }
        let rightWidth = CharacterWidth.of(right)
        // Hints in order of use, each whole or not at all: never a bare "P".
        var keys = ""
        for hint in hints {
            let candidate = keys.isEmpty ? hint : keys + "  " + hint
            if CharacterWidth.of(candidate) + (rightWidth > 0 ? rightWidth + 3 : 0) > available { break }
            keys = candidate
        }
        screen.put(keys, x: area.x + 1, y: area.y, style: style, clip: area)
        if rightWidth > 0 {
            var noticeStyle = style
            noticeStyle.attributes.insert(.bold)
            screen.put(right, x: area.maxX - 1 - rightWidth, y: area.y, style: noticeStyle, clip: area)
        }
    }

    /// `text` whole if it fits in `width` columns, else its first words and
    /// an ellipsis; empty when not even a word fits.
    static func shortened(_ text: String, to width: Int, unicode: Bool) -> String {
        guard CharacterWidth.of(text) > width else { return text }
        let mark = unicode ? "…" : "..."
        var kept = ""
        for word in text.split(separator: " ") {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            if CharacterWidth.of(candidate + mark) > width { break }
            kept = candidate
        }
        return kept.isEmpty ? "" : kept + mark
    }
}
