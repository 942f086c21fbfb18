/// What a terminal backend reports to the live loop: input, and the signals
/// and wake-ups that arrive beside it, in the order they happened.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// A click, release or wheel turn (mouse reporting is on by default).
    case mouse(MouseEvent)
    /// The terminal changed size; the loop re-reads it with `syncSize`.
    case resized
    /// Ctrl-L: the user asks for a full repaint.
    case repaint
    /// Another thread called the backend's `waker` (a training snapshot or
    /// the activation costs are ready).
    case woken
    /// Ctrl-Z: the loop hands the terminal back with `suspend()`.
    case suspend
    /// The process was stopped from outside and continued: the shell may
    /// have changed the tty, so the loop calls `resumeAfterContinue()`.
    case continued
    /// SIGINT, SIGTERM or SIGHUP, or the terminal hung up (SIGHUP): the
    /// explorer ends with exit status 128 + signal.
    case interrupted(signal: Int32)
}
