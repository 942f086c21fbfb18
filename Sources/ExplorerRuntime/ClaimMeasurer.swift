import Dispatch
import Explorer
import Synchronization

/// Measures lesson steps' claims off the UI thread (a claim's experiment
/// takes up to tens of seconds), one at a time, the latest asked for first
/// (the step on screen), and holds the results until the loop takes them.
final class ClaimMeasurer: Sendable {
    private struct State: Sendable {
        var asked: Set<String> = []
        var pending: [String] = []
        var draining = false
        var done: [(String, LessonMeasurement)] = []
    }

    private let measure: @Sendable (String) -> LessonMeasurement?
    private let notify: @Sendable () -> Void
    private let queue = DispatchQueue(label: "actview.claims", qos: .utility)
    private let state = Mutex(State())

    init(measure: @escaping @Sendable (String) -> LessonMeasurement?, notify: @escaping @Sendable () -> Void) {
        self.measure = measure
        self.notify = notify
    }

    /// Measures `name` once. A claim asked for again while it waits moves
    /// to the front: a class that went back to a step wants it now.
    func request(_ name: String) {
        let startsDrain = state.withLock { s -> Bool in
            if s.asked.insert(name).inserted {
                s.pending.append(name)
            } else if let index = s.pending.firstIndex(of: name) {
                s.pending.append(s.pending.remove(at: index))
            }
            guard !s.draining, !s.pending.isEmpty else { return false }
            s.draining = true
            return true
        }
        if startsDrain { queue.async { [self] in drain() } }
    }

    private func drain() {
        while let name = state.withLock({ s -> String? in
            guard let next = s.pending.popLast() else {
                s.draining = false
                return nil
            }
            return next
        }) {
            guard let result = measure(name) else { continue }
            state.withLock { $0.done.append((name, result)) }
            notify()
        }
    }

    func take() -> [(String, LessonMeasurement)] {
        state.withLock { s in
            defer { s.done.removeAll() }
            return s.done
        }
    }
}
