import Dispatch
import Explorer
import Synchronization

/// Measures a lesson step's claim off the UI thread (a claim's experiment
/// takes up to tens of seconds), one at a time, and holds the results until
/// the loop takes them.
final class ClaimMeasurer: Sendable {
    private let measure: @Sendable (String) -> LessonMeasurement?
    private let notify: @Sendable () -> Void
    private let queue = DispatchQueue(label: "actview.claims", qos: .utility)
    private let done = Mutex<[(String, LessonMeasurement)]>([])
    private let asked = Mutex<Set<String>>([])

    init(measure: @escaping @Sendable (String) -> LessonMeasurement?, notify: @escaping @Sendable () -> Void) {
        self.measure = measure
        self.notify = notify
    }

    /// Measures `name` once; asking again while it runs does nothing.
    func request(_ name: String) {
        let isNew = asked.withLock { $0.insert(name).inserted }
        guard isNew else { return }
        queue.async { [self] in
            guard let result = measure(name) else { return }
            done.withLock { $0.append((name, result)) }
            notify()
        }
    }

    func take() -> [(String, LessonMeasurement)] {
        done.withLock { results in
            defer { results.removeAll() }
            return results
        }
    }
}
