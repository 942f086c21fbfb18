import TermPlot

/// One result of curses' `wget_wch`: a character (Unicode scalar value, or
/// an out-of-range value curses passed through) or a KEY_* function key code.
public enum InputCode: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
    /// KEY_MOUSE, with the report curses decoded for it.
    case mouse(MouseEvent)
}
