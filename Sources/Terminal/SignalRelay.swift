import CSignalGuard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The explorer's signals, on top of the process's guard (`CSignalGuard`,
/// installed by the program at start). While the explorer runs:
/// - SIGINT, SIGTERM, SIGHUP are relayed to the wake pipe; the live loop
///   restores the terminal on the main thread and exits 128 + n (a second
///   one before it has done so restores the terminal and exits at once);
/// - SIGTSTP, and SIGTTIN/SIGTTOU sent by another process, are relayed: the
///   loop restores the terminal, stops, and on SIGCONT takes it back;
///   SIGTTIN/SIGTTOU from the tty driver (touching the terminal from the
///   background) stop the process as by default;
/// - SIGCONT and SIGWINCH are relayed: repaint, re-lay out;
/// - every other signal whose default action ends the process (SIGQUIT,
///   SIGPIPE, SIGUSR1, SIGALRM, real-time signals, …) restores the terminal
///   in the handler itself and exits 128 + n, so a stuck main thread cannot
///   keep it raw;
/// - crashes restore the terminal before the runtime's report is printed.
/// The handlers are in place before curses starts, so curses (which only
/// catches signals still at their default) leaves them alone.
public enum SignalRelay {
    public static let relayed: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGTTIN, SIGTTOU, SIGCONT, SIGWINCH]

    public static func install(into pipe: WakePipe) {
        actview_guard_install()
        actview_guard_set_relay_fd(pipe.writeFD)
        for signal in relayed { _ = actview_guard_set_mode(signal, Int32(ACTVIEW_SIGNAL_RELAY)) }
    }

    /// Back to what the guard does without a terminal: ending signals end,
    /// the rest take their default action.
    public static func uninstall() {
        for signal in relayed {
            let mode = actview_guard_ends_by_default(signal) != 0 ? ACTVIEW_SIGNAL_END : ACTVIEW_SIGNAL_DEFAULT
            _ = actview_guard_set_mode(signal, Int32(mode))
        }
        actview_guard_set_relay_fd(-1)
    }

    /// Stops the process as Ctrl-Z would by default. Returns after SIGCONT.
    static func stopAsIfByTerminal() {
        actview_guard_stop(SIGTSTP)
    }
}
