import Dispatch
import Synchronization
import TermPlot

/// A `TerminalBackend` without a terminal, so `swift test` can drive the
/// live loop: the test pushes events (keys, resizes, signals) from its own
/// thread, the loop receives them from `nextEvents` on the loop's thread,
/// and every frame drawn is kept for the test to read.
final class TestTerminal: TerminalBackend, Sendable {
    private struct State {
        /// The size as the "system" reports it; the loop sees it after `syncSize`.
        var systemSize: (width: Int, height: Int)
        var size: (width: Int, height: Int)
        var pending: [TerminalEvent] = []
        var frames: [Screen] = []
        /// How many frames had been drawn at each `syncSize`.
        var syncs: [Int] = []
        var suspensions = 0
        var resumptions = 0
        var isStopped = false
    }

    private let state: Mutex<State>
    /// Signalled on every push, so a waiting `nextEvents` returns early.
    private let arrivals = DispatchSemaphore(value: 0)
    /// Signalled on every frame, so a test waiting for one wakes at once.
    private let drawn = DispatchSemaphore(value: 0)

    let supportsUnicode = true
    let hasColor = true

    init(width: Int, height: Int) {
        state = Mutex(State(systemSize: (width, height), size: (width, height)))
    }

    var waker: @Sendable () -> Void {
        { [self] in push(.woken) }
    }

    // MARK: - The test's side

    /// Queues events for the loop's next `nextEvents`, in order.
    func push(_ events: TerminalEvent...) {
        state.withLock { $0.pending += events }
        arrivals.signal()
    }

    /// The terminal changes size, as a window resize would: the loop is told,
    /// and sees the new size once it calls `syncSize`.
    func resize(width: Int, height: Int) {
        state.withLock { $0.systemSize = (width, height) }
        push(.resized)
    }

    var frames: [Screen] { state.withLock { $0.frames } }
    var syncs: [Int] { state.withLock { $0.syncs } }
    var suspensions: Int { state.withLock { $0.suspensions } }
    var resumptions: Int { state.withLock { $0.resumptions } }
    var isStopped: Bool { state.withLock { $0.isStopped } }

    /// The first frame, from index `start` on, that satisfies `predicate`;
    /// nil if none is drawn within `timeout`.
    func waitForFrame(from start: Int = 0, timeout: Duration = .seconds(10),
                      where predicate: (Screen) -> Bool) -> (index: Int, screen: Screen)? {
        let deadline = ContinuousClock.now + timeout
        var next = start
        while true {
            let frames = self.frames
            while next < frames.count {
                if predicate(frames[next]) { return (next, frames[next]) }
                next += 1
            }
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            let milliseconds = Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            _ = drawn.wait(timeout: .now() + .milliseconds(max(1, milliseconds)))
        }
    }

    // MARK: - TerminalBackend

    var size: (width: Int, height: Int) { state.withLock { $0.size } }

    @discardableResult
    func syncSize() -> (width: Int, height: Int) {
        state.withLock { s in
            s.size = s.systemSize
            s.syncs.append(s.frames.count)
            return s.size
        }
    }

    func invalidate() {}

    func draw(_ screen: Screen) {
        state.withLock { $0.frames.append(screen) }
        drawn.signal()
    }

    /// Really waits (the loop's pacing and the trainer run on real time),
    /// but returns as soon as the test pushes something.
    func nextEvents(timeout: Int32) -> [TerminalEvent] {
        if let events = takePending() { return events }
        let deadline: DispatchTime = timeout < 0 ? .distantFuture : .now() + .milliseconds(Int(timeout))
        _ = arrivals.wait(timeout: deadline)
        return takePending() ?? []
    }

    func suspend() {
        state.withLock { $0.suspensions += 1 }
    }

    func resumeAfterContinue() {
        state.withLock { $0.resumptions += 1 }
    }

    func stop() {
        state.withLock { $0.isStopped = true }
    }

    private func takePending() -> [TerminalEvent]? {
        state.withLock { s in
            guard !s.pending.isEmpty else { return nil }
            defer { s.pending = [] }
            return s.pending
        }
    }
}
