import Activations
import TermPlot

/// The picker's box and rows, for drawing and for a click.
extension PickerOverlay {
    /// The box on a `width`×`height` screen.
    static func box(for picker: ActivationPicker, width: Int, height: Int, unicode: Bool = true) -> Rect {
        geometry(for: picker, width: width, height: height, unicode: unicode).box
    }

    /// The window, its list and the detail beside (or under) the list, on a
    /// `width`×`height` screen: what `render` draws and the mouse hits.
    static func geometry(for picker: ActivationPicker, width: Int, height: Int, unicode: Bool = true)
        -> (box: Rect, list: Rect, detail: Rect, sideBySide: Bool) {
        let options = RenderOptions(unicode: unicode)
        let names = ActivationKind.allCases.map { options.text(ActivationText.displayName($0)) }
        let listWidth = (names.map { CharacterWidth.of($0) }.max() ?? 10) + 4
        let sideBySide = width >= listWidth + 34 + 2
        let boxWidth = min(width, sideBySide ? min(listWidth + 2 + 34, width) : max(listWidth + 2, 44))
        let boxHeight = min(height, max(sideBySide ? 12 : 16, min(picker.matches.count + 5, height - 2)))
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: max(0, boxWidth), height: max(0, boxHeight))
        let inner = Frame.inner(of: box)
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
        let detailRows = sideBySide ? 0 : min(7, max(0, body.height - 4))
        let list = Rect(x: body.x, y: body.y, width: sideBySide ? min(listWidth, body.width) : body.width,
                        height: body.height - detailRows)
        let detail = sideBySide
            ? Rect(x: list.maxX + 1, y: body.y, width: max(0, body.maxX - list.maxX - 2), height: body.height)
            : Rect(x: body.x + 1, y: list.maxY, width: max(0, body.width - 2), height: detailRows)
        return (box, list, detail, sideBySide)
    }

    /// The rows the list has on a `width`×`height` screen.
    static func rows(for picker: ActivationPicker, width: Int, height: Int, unicode: Bool = true) -> Int {
        max(1, geometry(for: picker, width: width, height: height, unicode: unicode).list.height)
    }

    /// The first match shown when `rows` rows hold the list.
    static func firstShown(for picker: ActivationPicker, rows: Int) -> Int {
        let count = picker.matches.count
        let selection = min(max(0, picker.selection), max(0, count - 1))
        return min(max(0, selection - rows / 2), max(0, count - rows))
    }

    /// The index into `picker.matches` of the row at (x, y), if a row is there.
    static func match(at x: Int, y: Int, picker: ActivationPicker, width: Int, height: Int, unicode: Bool = true) -> Int? {
        let list = geometry(for: picker, width: width, height: height, unicode: unicode).list
        guard list.height > 0, list.contains(x: x, y: y) else { return nil }
        let index = firstShown(for: picker, rows: list.height) + (y - list.y)
        return index < picker.matches.count ? index : nil
    }
}
