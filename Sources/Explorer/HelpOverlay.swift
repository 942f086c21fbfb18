import TermPlot

/// Every key, grouped, in a centred box; one column when it fits, two (or
/// three) when the terminal is short.
struct HelpOverlay {
    let language: Language

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let rows = KeyBinding.all.filter(\.isListed).map { binding in
            (label: options.text(binding.label), text: options.text(binding.summary(in: language)))
        }
        let labelWidth = rows.map { CharacterWidth.of($0.label) }.max() ?? 0
        let textWidth = rows.map { CharacterWidth.of($0.text) }.max() ?? 0
        let entryWidth = labelWidth + 2 + textWidth
        let favourites = KeyBinding.favourites.enumerated()
            .map { "\($0.offset + 1) \(ActivationText.name($0.element))" }.joined(separator: " ")
        let available = screen.height - 2
        // Three columns (descriptions clipped) rather than keys cut off.
        // Two columns only with room to spare for the header and status bar.
        let columnCount = rows.count + 3 <= available - 2 ? 1 : ((rows.count + 1) / 2 + 9 <= screen.height ? 2 : 3)
        let perColumn = (rows.count + columnCount - 1) / columnCount
        let boxWidth = min(screen.width, max(columnCount * entryWidth + (columnCount - 1) * 3 + 4,
                                             CharacterWidth.of(favourites) + 4))
        var footer = TextBlock.wrap(options.text(favourites), width: max(1, boxWidth - 4))
        // The words the panes use, when there is room for all of them.
        let definitions = strings.definitions.flatMap { TextBlock.wrap(options.text($0), width: max(1, boxWidth - 4)) }
        // (Not beside three clipped columns: the screen is short already.)
        if columnCount < 3, perColumn + 4 + footer.count + 1 + definitions.count + 1 <= screen.height {
            footer += [""] + definitions
        }
        let boxHeight = min(screen.height, perColumn + 4 + footer.count + 1)
        let box = Rect(x: (screen.width - boxWidth) / 2, y: (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let inner = Frame(title: strings.helpTitle, isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 1)
        let columnWidth = (content.width - 3 * (columnCount - 1)) / columnCount
        for (i, row) in rows.enumerated() {
            let column = i / perColumn, line = i % perColumn
            let x = content.x + column * (columnWidth + 3)
            let y = content.y + line
            let clip = Rect(x: x, y: y, width: columnWidth, height: 1).intersection(content)
            screen.put(row.label, x: x, y: y, style: options.resolve(options.theme.highlight), clip: clip)
            screen.put(row.text, x: x + labelWidth + 2, y: y, style: options.resolve(options.theme.text), clip: clip)
        }
        for (i, line) in footer.enumerated() {
            screen.put(line, x: content.x, y: content.y + perColumn + 1 + i, style: options.resolve(options.theme.dimText),
                       clip: content)
        }
        // The way to the glossary, on the frame's bottom edge where it takes no row.
        let hint = " " + options.text(strings.helpPageHint) + " "
        if CharacterWidth.of(hint) <= box.width - 4 {
            screen.put(hint, x: box.x + 2, y: box.maxY - 1, style: options.resolve(options.theme.highlight))
        }
    }
}
