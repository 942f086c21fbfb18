import TermPlot

/// The `x` window: every setting with its current value, the chosen row in
/// reverse video; the arrows change it.
struct SettingsOverlay {
    let explorer: Explorer
    let selection: Int

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let rows = explorer.settings
        let boxWidth = min(screen.width, 64)
        let boxHeight = min(screen.height, rows.count + 4)
        let box = Rect(x: (screen.width - boxWidth) / 2, y: (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let inner = Frame(title: strings.settingsTitle, isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard inner.height >= 2 else { return }
        let hint = options.text(strings.settingsHint)
        screen.put(hint, x: inner.x + 1, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
        let listRows = inner.height - 1
        let chosen = min(max(0, selection), max(0, rows.count - 1))
        let first = min(max(0, chosen - listRows / 2), max(0, rows.count - listRows))
        let labelWidth = min(34, inner.width / 2 + 4)
        for (row, index) in (first..<min(rows.count, first + listRows)).enumerated() {
            let (label, value) = explorer.describe(rows[index])
            let y = inner.y + 1 + row
            var style = options.resolve(options.theme.text)
            if index == chosen {
                style = options.resolve(Style(attributes: .reverse))
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: style))
            }
            screen.put(options.text(label), x: inner.x + 1, y: y, style: style,
                       clip: Rect(x: inner.x, y: y, width: labelWidth, height: 1))
            let arrows = options.unicode ? "◀ \(value) ▶" : "< \(value) >"
            screen.put(options.text(arrows), x: inner.x + 1 + labelWidth, y: y, style: style, clip: inner)
        }
    }
}
