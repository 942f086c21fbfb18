import TermPlot

/// The bottom line: the main keys, or a transient notice.
struct StatusBar {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let style = options.resolve(options.theme.statusBar)
        screen.fill(area, with: Cell(" ", style: style))
        // Derived from the key map, so the bar cannot promise a key that does not exist.
        let hints = KeyBinding.statusHints.map { options.text($0.text(in: explorer.options.language)) }
        var x = area.x + 1
        if let notice = explorer.notice {
            let text = " " + options.text(notice.text) + " "
            var noticeStyle = style
            noticeStyle.attributes.insert(.bold)
            x = screen.put(text, x: x, y: area.y, style: noticeStyle, clip: area) + 1
        }
        // Hints in order of use, each whole or not at all: never a bare "P".
        var keys = ""
        for hint in hints {
            let candidate = keys.isEmpty ? hint : keys + "  " + hint
            if x + CharacterWidth.of(candidate) > area.maxX { break }
            keys = candidate
        }
        screen.put(keys, x: x, y: area.y, style: style, clip: area)
    }
}
