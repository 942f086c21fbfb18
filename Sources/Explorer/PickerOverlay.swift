import Activations
import TermPlot

/// The `a` window: a filter line and the matching activations by their full
/// names, the chosen one in reverse video, scrolled to stay in view; beside
/// the list (under it on a narrow screen) the highlighted entry's formula
/// and a small braille plot of its shape. An empty result says so.
struct PickerOverlay {
    let picker: ActivationPicker
    let current: ActivationKind
    let language: Language

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let matches = picker.matches
        let geometry = PickerOverlay.geometry(for: picker, width: screen.width, height: screen.height, unicode: options.unicode)
        let box = geometry.box
        screen.fill(box, with: Cell(" ", style: options.resolve(options.theme.text)))
        let inner = Frame(title: strings.pickerTitle, isHighlighted: true).draw(into: &screen, area: box, options: options)
        guard inner.height >= 2 else { return }
        let hint = options.unicode ? "↑↓ Enter Esc" : "Up/Down Enter Esc"
        screen.put("> " + picker.filter + (options.unicode ? "▏" : "_"), x: inner.x + 1, y: inner.y,
                   style: options.resolve(options.theme.highlight), clip: inner)
        let hintX = inner.maxX - CharacterWidth.of(hint) - 1
        if hintX > inner.x + CharacterWidth.of(picker.filter) + 4 {
            screen.put(hint, x: hintX, y: inner.y, style: options.resolve(options.theme.dimText), clip: inner)
        }
        let list = geometry.list
        guard list.height > 0 else { return }
        if matches.isEmpty {
            screen.put(options.text(strings.noMatch), x: list.x + 2, y: list.y, style: options.resolve(options.theme.dimText), clip: list)
            return
        }
        let selection = min(max(0, picker.selection), max(0, matches.count - 1))
        let first = PickerOverlay.firstShown(for: picker, rows: list.height)
        for (row, index) in (first..<min(matches.count, first + list.height)).enumerated() {
            let kind = matches[index]
            let y = list.y + row
            var style = options.resolve(options.theme.text)
            if index == selection {
                style = options.resolve(Style(attributes: .reverse))
                screen.fill(Rect(x: list.x, y: y, width: list.width, height: 1), with: Cell(" ", style: style))
            }
            let mark = kind == current ? (options.unicode ? "●" : "*") : " "
            screen.put("\(mark) " + options.text(ActivationText.displayName(kind)), x: list.x + 1, y: y, style: style, clip: list)
        }
        drawDetail(of: matches[selection], into: &screen, area: geometry.detail, options: options)
    }

    /// The CLI name, the formula (wrapped) and the shape over −4…4.
    private func drawDetail(of kind: ActivationKind, into screen: inout Screen, area: Rect, options: RenderOptions) {
        guard area.width >= 8, area.height >= 2 else { return }
        let entry = Catalogue.entry(for: kind)
        var y = area.y
        screen.put(ActivationText.name(kind), x: area.x, y: y, style: options.resolve(options.theme.dimText), clip: area)
        y += 1
        let formula = TextBlock.wrap(options.text(entry.formula), width: area.width)
        let plotRows = min(5, area.maxY - y - min(formula.count, 3))
        for line in formula.prefix(max(0, area.maxY - y - (plotRows >= 3 ? plotRows : 0))) {
            screen.put(line, x: area.x, y: y, style: options.resolve(options.theme.text), clip: area)
            y += 1
        }
        let rows = area.maxY - y
        guard rows >= 3 else { return }
        drawShape(of: Activation(kind), into: &screen, area: Rect(x: area.x, y: y, width: min(area.width, 24), height: min(rows, 5)),
                  options: options)
    }

    /// f over −4…4 on braille dots, with the axes as faint lines.
    private func drawShape(of activation: Activation, into screen: inout Screen, area: Rect, options: RenderOptions) {
        var canvas = BrailleCanvas(width: area.width, height: area.height)
        let dotsWide = area.width * 2, dotsHigh = area.height * 4
        let xs = (0..<dotsWide).map { -4 + 8 * Double($0) / Double(max(1, dotsWide - 1)) }
        let ys = xs.map { activation.value($0) }.map { $0.isFinite ? $0 : .nan }
        let finite = ys.filter(\.isFinite)
        var lo = min(finite.min() ?? -1, -0.1), hi = max(finite.max() ?? 1, 0.1)
        lo = max(lo, -4); hi = min(hi, 4)
        let span = max(hi - lo, 1e-9)
        func dotY(_ v: Double) -> Double { (hi - v) / span * Double(dotsHigh - 1) }
        var previous: (Double, Double)?
        for (i, v) in ys.enumerated() {
            guard v.isFinite else { previous = nil; continue }
            let point = (Double(i), dotY(min(max(v, lo), hi)))
            if let previous { canvas.line(x0: previous.0, y0: previous.1, x1: point.0, y1: point.1) }
            else { canvas.line(x0: point.0, y0: point.1, x1: point.0, y1: point.1) }
            previous = point
        }
        let style = options.style(foreground: options.theme.seriesColor(0))
        for row in 0..<area.height {
            for column in 0..<area.width where canvas.pattern(column: column, row: row) != 0 {
                screen.put(canvas.character(column: column, row: row, unicode: options.unicode),
                           x: area.x + column, y: area.y + row, style: style)
            }
        }
    }
}
