import TermPlot

/// The help's second page: the glossary, each term with its meaning
/// wrapped under it, in parts that fit the screen (→ shows the next part).
struct GlossaryOverlay {
    let language: Language
    var part = 0

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let boxWidth = min(screen.width, 96)
        let textWidth = max(1, boxWidth - 4)
        let entries = Glossary.entries(in: language).map { entry -> [String] in
            let lines = TextBlock.wrap(options.text(entry.term + ": " + entry.meaning), width: textWidth)
            guard let first = lines.first else { return [] }
            let rest = lines.dropFirst().joined(separator: " ")
            return [first] + (rest.isEmpty ? [] : TextBlock.wrap(rest, width: max(1, textWidth - 2)).map { "  " + $0 })
        }
        let room = max(1, screen.height - 5)
        // Whole entries per part; an entry taller than a part has one to itself.
        var parts: [[String]] = [[]]
        for entry in entries {
            if !parts[parts.count - 1].isEmpty, parts[parts.count - 1].count + entry.count > room { parts.append([]) }
            parts[parts.count - 1] += entry
        }
        let index = ((part % parts.count) + parts.count) % parts.count
        let shown = Array(parts[index].prefix(room))
        var footer = options.text(strings.glossaryPageHint)
        if parts.count > 1 { footer = "\(index + 1)/\(parts.count)  " + options.text(strings.glossaryMoreHint) + "  " + footer }
        let boxHeight = min(screen.height, shown.count + 4)
        let box = Rect(x: (screen.width - boxWidth) / 2, y: (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let inner = Frame(title: strings.glossaryTitle, isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
        for (i, line) in shown.enumerated() where i < content.height - 1 {
            screen.put(line, x: content.x, y: content.y + i, style: options.resolve(options.theme.text), clip: content)
        }
        if CharacterWidth.of(footer) <= content.width {
            screen.put(footer, x: content.x, y: content.maxY - 1, style: options.resolve(options.theme.dimText), clip: content)
        }
    }
}
