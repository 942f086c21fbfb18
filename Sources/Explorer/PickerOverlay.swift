import Activations
import TermPlot

/// The `a` window: a filter line and the matching activations, the chosen
/// one in reverse video, scrolled to stay in view.
struct PickerOverlay {
    let picker: ActivationPicker
    let current: ActivationKind
    let language: Language

    func render(into screen: inout Screen, options: RenderOptions) {
        let strings = Strings.of(language)
        let matches = picker.matches
        let box = PickerOverlay.box(for: picker, width: screen.width, height: screen.height)
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
        let listRows = inner.height - 1
        guard listRows > 0 else { return }
        let selection = min(max(0, picker.selection), max(0, matches.count - 1))
        let first = PickerOverlay.firstShown(for: picker, rows: listRows)
        for (row, index) in (first..<min(matches.count, first + listRows)).enumerated() {
            let kind = matches[index]
            let y = inner.y + 1 + row
            var style = options.resolve(options.theme.text)
            if index == selection {
                style = options.resolve(Style(attributes: .reverse))
                screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: style))
            }
            let mark = kind == current ? (options.unicode ? "●" : "*") : " "
            let text = "\(mark) \(ActivationText.name(kind))"
            screen.put(text, x: inner.x + 1, y: y, style: style, clip: inner)
            let display = options.text(ActivationText.displayName(kind))
            let dx = inner.x + 20
            if dx + 4 < inner.maxX {
                var dim = style
                if index != selection { dim = options.resolve(options.theme.dimText) }
                screen.put(display, x: dx, y: y, style: dim,
                           clip: Rect(x: dx, y: y, width: inner.maxX - dx - 1, height: 1))
            }
        }
    }
}
