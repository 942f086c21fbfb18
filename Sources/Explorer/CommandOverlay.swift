import TermPlot

/// The scene's command line in a centred box, wrapped to fit, so a teacher
/// can read it out or copy it for the class.
struct CommandOverlay {
    let command: String
    let language: Language

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let boxWidth = min(screen.width, max(40, min(CharacterWidth.of(command) + 4, 100)))
        let lines = TextBlock.wrap(options.text(command), width: max(1, boxWidth - 4))
        let footer = options.text(strings.anyKeyCloses)
        let boxHeight = min(screen.height, lines.count + 5)
        let box = Rect(x: (screen.width - boxWidth) / 2, y: (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let inner = Frame(title: strings.sceneCommandTitle(), isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 1)
        for (i, line) in lines.enumerated() {
            screen.put(line, x: content.x, y: content.y + i, style: options.resolve(options.theme.highlight), clip: content)
        }
        screen.put(footer, x: content.x, y: content.y + lines.count + 1, style: options.resolve(options.theme.dimText), clip: content)
    }
}
