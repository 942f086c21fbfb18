import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C for the long headless commands (`compare`, `claims`): SIGINT only
/// sets a flag, which the command checks between training steps, so it can
/// print what it finished and exit with status 130 (128 + SIGINT) instead
/// of dying mid-line.
enum Interruption {
    /// Lock-free, so setting it is safe in a signal handler.
    private static let flag = Atomic<Bool>(false)

    /// 128 + SIGINT, as a shell reports a command Ctrl-C ended.
    static let status: Int32 = 130

    /// From here on, SIGINT sets the flag instead of ending the process.
    static func install() {
        // Touch the flag first: a lazily initialised global must not be set
        // up for the first time inside the handler.
        flag.store(false, ordering: .relaxed)
        signal(SIGINT) { _ in Interruption.flag.store(true, ordering: .relaxed) }
        // A process inherits its parent's blocked signals (a test runner's
        // thread, say); a blocked SIGINT would never reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    static var isRequested: Bool { flag.load(ordering: .relaxed) }
}
