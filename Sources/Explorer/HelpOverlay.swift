import TermPlot

/// Every key, grouped, in a centred box: one column when it fits, two when
/// the terminal is short, and on a projector's small screen in parts
/// (→ for the next) rather than descriptions cut off.
struct HelpOverlay {
    let language: Language
    /// 0-based: which part of the keys a short screen shows.
    var part = 0

    private struct Row {
        var label: String
        var text: String
    }

    /// How the keys split on a `width`×`height` screen.
    private struct Plan {
        var columns: Int
        var perColumn: Int
        var parts: Int
    }

    private static func rows(language: Language, options: RenderOptions) -> [Row] {
        KeyBinding.all.filter(\.isListed).map { binding in
            Row(label: options.text(binding.label), text: options.text(binding.summary(in: language)))
        }
    }

    private static func plan(rows: [Row], width: Int, height: Int, footerLines: Int) -> Plan {
        let labelWidth = rows.map { CharacterWidth.of($0.label) }.max() ?? 0
        let textWidth = rows.map { CharacterWidth.of($0.text) }.max() ?? 0
        let entryWidth = labelWidth + 2 + textWidth
        // The box keeps the header and status bar in view: frame, a blank
        // row under the title, the footer and a blank row above it.
        let room = max(1, height - 2 - 4 - footerLines)
        if rows.count <= room { return Plan(columns: 1, perColumn: rows.count, parts: 1) }
        let columns = 2 * entryWidth + 3 + 4 <= width ? 2 : 1
        if rows.count <= room * columns {
            return Plan(columns: columns, perColumn: (rows.count + columns - 1) / columns, parts: 1)
        }
        let parts = (rows.count + room * columns - 1) / (room * columns)
        return Plan(columns: columns, perColumn: room, parts: parts)
    }

    /// The parts the keys take on a `width`×`height` screen (1 where they fit).
    static func partCount(language: Language, options: RenderOptions, width: Int, height: Int) -> Int {
        plan(rows: rows(language: language, options: options), width: width, height: height,
             footerLines: footer(language: language, options: options, width: width).count).parts
    }

    private static func footer(language: Language, options: RenderOptions, width: Int) -> [String] {
        let favourites = KeyBinding.favourites.enumerated()
            .map { "\($0.offset + 1) \(ActivationText.name($0.element))" }.joined(separator: " ")
        return TextBlock.wrap(options.text(favourites), width: max(1, min(width, CharacterWidth.of(favourites) + 4) - 4))
    }

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let rows = Self.rows(language: language, options: options)
        let labelWidth = rows.map { CharacterWidth.of($0.label) }.max() ?? 0
        let textWidth = rows.map { CharacterWidth.of($0.text) }.max() ?? 0
        let entryWidth = labelWidth + 2 + textWidth
        var footer = Self.footer(language: language, options: options, width: screen.width)
        let plan = Self.plan(rows: rows, width: screen.width, height: screen.height, footerLines: footer.count)
        let part = min(max(0, self.part), plan.parts - 1)
        let perPart = plan.perColumn * plan.columns
        let shown = Array(rows[min(rows.count, part * perPart)..<min(rows.count, (part + 1) * perPart)])
        let favouritesWidth = footer.map { CharacterWidth.of($0) }.max() ?? 0
        let boxWidth = min(screen.width, max(plan.columns * entryWidth + (plan.columns - 1) * 3 + 4, favouritesWidth + 4))
        // The words the panes use, when there is room for all of them.
        let definitions = strings.definitions.flatMap { TextBlock.wrap(options.text($0), width: max(1, boxWidth - 4)) }
        if plan.parts == 1, plan.perColumn + 4 + footer.count + 1 + definitions.count + 1 <= screen.height {
            footer += [""] + definitions
        }
        let boxHeight = min(screen.height, plan.perColumn + 4 + footer.count)
        let box = Rect(x: (screen.width - boxWidth) / 2, y: (screen.height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let title = plan.parts > 1 ? "\(strings.helpTitle) \(part + 1)/\(plan.parts)" : strings.helpTitle
        let inner = Frame(title: title, isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard !inner.isEmpty else { return }
        let content = Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 2, height: inner.height - 1)
        let columnWidth = (content.width - 3 * (plan.columns - 1)) / plan.columns
        for (i, row) in shown.enumerated() {
            let column = i / plan.perColumn, line = i % plan.perColumn
            let x = content.x + column * (columnWidth + 3)
            let y = content.y + line
            let clip = Rect(x: x, y: y, width: columnWidth, height: 1).intersection(content)
            screen.put(row.label, x: x, y: y, style: options.resolve(options.theme.highlight), clip: clip)
            screen.put(row.text, x: x + labelWidth + 2, y: y, style: options.resolve(options.theme.text), clip: clip)
        }
        for (i, line) in footer.enumerated() {
            screen.put(line, x: content.x, y: content.y + plan.perColumn + 1 + i, style: options.resolve(options.theme.dimText),
                       clip: content)
        }
        // The way on (more keys, then the glossary), on the frame's bottom
        // edge where it takes no row.
        let next = part + 1 < plan.parts ? strings.helpMoreHint : strings.helpPageHint
        let hint = " " + options.text(next) + " "
        if CharacterWidth.of(hint) <= box.width - 4 {
            screen.put(hint, x: box.x + 2, y: box.maxY - 1, style: options.resolve(options.theme.highlight))
        }
    }
}
