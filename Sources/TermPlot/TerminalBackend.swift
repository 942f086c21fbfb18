/// The terminal as the live loop sees it: a size, frames painted onto it,
/// and one source of events. Declared here, beside `Screen` and `Key`, so
/// the loop needs no curses: `CursesTerminal` is the real backend, and the
/// tests drive the loop with one that records frames.
///
/// Used from the loop's thread only; `waker` is the one way in for others.
public protocol TerminalBackend: AnyObject {
    /// The size in cells.
    var size: (width: Int, height: Int) { get }
    /// False when the terminal cannot show braille, box lines or Hangul.
    var supportsUnicode: Bool { get }
    var hasColor: Bool { get }
    /// The background colour the terminal reported when asked (`--theme
    /// auto`), if it did.
    var reportedBackground: RGBColor? { get }
    /// Colours the terminal shows (8, 16, 256…), when it has colour.
    var colorCount: Int { get }
    /// Makes a waiting `nextEvents` return `.woken`; callable from any thread.
    var waker: @Sendable () -> Void { get }

    /// Re-reads the size from the system. The next frame is painted in full.
    @discardableResult
    func syncSize() -> (width: Int, height: Int)
    /// Forgets what is on the terminal: the next frame repaints everything.
    func invalidate()
    func draw(_ screen: Screen)
    /// Waits until something happens or `timeout` milliseconds pass (-1:
    /// no limit, 0: no wait), then returns what happened, oldest first.
    func nextEvents(timeout: Int32) throws -> [TerminalEvent]
    /// Hands the terminal back and stops the process as Ctrl-Z would;
    /// returns once continued, with the terminal taken back.
    func suspend()
    /// Takes the terminal back after the process was continued.
    func resumeAfterContinue()
    /// Restores the terminal. Safe to call twice.
    func stop()
}

extension TerminalBackend {
    public var reportedBackground: RGBColor? { nil }
    public var colorCount: Int { 256 }
}
