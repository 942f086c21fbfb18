import CSignalGuard
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's signals, for every command (the handlers are C, in
/// `CSignalGuard`): each signal whose default action ends the process —
/// SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGALRM, the real-time
/// signals and the rest — restores the terminal and ends with 128 + n at
/// once, whatever the other threads are doing. A crash restores the
/// terminal, then lets the runtime print its report (not interactively; see
/// `BacktraceMode`); a fault signal sent by another process ends as any
/// other. The explorer relays some of these to its loop (`SignalRelay`).
enum ProcessSignals {
    static func install() {
        actview_guard_install()
    }

    static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// SIGINT, SIGTERM and SIGHUP are noted instead of ending the process,
    /// for a command that ends its output properly first; it polls
    /// `pendingInterruption`. A second one ends the process at once.
    static func deferInterruptions() {
        for signal in interruptions { _ = actview_guard_set_mode(signal, Int32(ACTVIEW_SIGNAL_DEFER)) }
    }

    /// The first deferred interruption that arrived, if any.
    static var pendingInterruption: Int32? {
        let signal = actview_guard_pending()
        return signal == 0 ? nil : signal
    }
}
