import Activations
import TermPlot

/// The picker's box and rows, for drawing and for a click.
extension PickerOverlay {
    /// The box on a `width`×`height` screen.
    static func box(for picker: ActivationPicker, width: Int, height: Int) -> Rect {
        let boxWidth = min(width, 44)
        let boxHeight = min(height, max(6, min(picker.matches.count + 5, height - 2)))
        return Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
    }

    /// The rows the list has on a `width`×`height` screen.
    static func rows(for picker: ActivationPicker, width: Int, height: Int) -> Int {
        max(1, Frame.inner(of: box(for: picker, width: width, height: height)).height - 1)
    }

    /// The first match shown when `rows` rows hold the list.
    static func firstShown(for picker: ActivationPicker, rows: Int) -> Int {
        let count = picker.matches.count
        let selection = min(max(0, picker.selection), max(0, count - 1))
        return min(max(0, selection - rows / 2), max(0, count - rows))
    }

    /// The index into `picker.matches` of the row at (x, y), if a row is there.
    static func match(at x: Int, y: Int, picker: ActivationPicker, width: Int, height: Int) -> Int? {
        let inner = Frame.inner(of: box(for: picker, width: width, height: height))
        let rows = inner.height - 1
        guard rows > 0, inner.contains(x: x, y: y), y > inner.y else { return nil }
        let index = firstShown(for: picker, rows: rows) + (y - inner.y - 1)
        return index < picker.matches.count ? index : nil
    }
}
