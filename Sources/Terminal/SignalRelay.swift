import CNCursesW
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Installs the explorer's signal handlers. The handlers (C, in the CNCursesW
/// shim) only write the signal number to the wake pipe; the live loop reads
/// it on the main thread and does the real work there, where calling curses
/// is safe:
/// - SIGINT, SIGTERM, SIGHUP: restore the terminal, exit 128 + n;
/// - SIGTSTP: restore the terminal, stop with the default action, and on
///   return (SIGCONT) re-enter curses and repaint everything;
/// - SIGWINCH: read the new size, re-lay out.
/// Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) get a
/// last-resort handler that restores the saved tty modes and writes the
/// terminfo reset strings with write(2) before the default action runs.
/// The handlers are installed before curses starts, so curses (which only
/// catches signals still at their default) leaves them alone.
public enum SignalRelay {
    public static let relayed: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH]
    public static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    public static func install(into pipe: WakePipe) {
        actview_set_signal_fd(pipe.writeFD)
        for signal in relayed { _ = actview_install_handler(signal, 1) }
        for signal in crashes { _ = actview_install_handler(signal, 0) }
        // A parent may hand down a mask with these blocked (thread pools
        // block signals, and exec keeps the mask); blocked, they would
        // never arrive. Threads started later inherit this thread's mask.
        var set = sigset_t()
        sigemptyset(&set)
        for signal in relayed + crashes { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Puts every handler back to the default action.
    public static func uninstall() {
        for signal in relayed + crashes { actview_default_handler(signal) }
        actview_set_signal_fd(-1)
    }

    /// Stops the process as Ctrl-Z would by default. Returns after SIGCONT.
    static func stopAsIfByTerminal() {
        actview_default_handler(SIGTSTP)
        // Unblocked and at its default action, SIGTSTP stops the whole process.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTSTP)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(SIGTSTP)
        _ = actview_install_handler(SIGTSTP, 1)
    }
}
