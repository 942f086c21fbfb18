import Foundation
import Synchronization
import Testing
@testable import Kernels

@Suite("Worker pool")
struct WorkerPoolTests {
    @Test("every part runs exactly once per call, many calls in a row")
    func partsRunOnce() {
        let pool = WorkerPool(workers: 3)
        for parts in [1, 2, 3, 4] {
            for _ in 0..<500 {
                let tally = Tally(parts: parts)
                pool.run(parts: parts) { index in tally.count(index) }
                #expect(tally.counts == Array(repeating: 1, count: parts))
            }
        }
    }

    @Test("a worker that has gone to sleep wakes for the next job")
    func wakesAfterSleeping() throws {
        let pool = WorkerPool(workers: 1)
        for _ in 0..<3 {
            // Longer than the polling window, so the worker sleeps.
            Thread.sleep(forTimeInterval: Double(WorkerPool.pollingNanoseconds) * 3e-9)
            let tally = Tally(parts: 2)
            pool.run(parts: 2) { index in tally.count(index) }
            #expect(tally.counts == [1, 1])
        }
    }

    @Test("callers on several threads at once all complete (the busy pool falls back)")
    func concurrentCallers() async {
        let pool = WorkerPool(workers: 1)
        let tally = Tally(parts: 2)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    for _ in 0..<200 {
                        pool.run(parts: 2) { index in tally.count(index) }
                    }
                }
            }
        }
        #expect(tally.counts == [800, 800])
    }

    @Test("more parts than workers run through the fallback")
    func moreParts() {
        let pool = WorkerPool(workers: 1)
        let tally = Tally(parts: 5)
        pool.run(parts: 5) { index in tally.count(index) }
        #expect(tally.counts == [1, 1, 1, 1, 1])
    }
}

/// How often each part ran.
private final class Tally: Sendable {
    private let storage: Mutex<[Int]>

    init(parts: Int) { storage = Mutex(Array(repeating: 0, count: parts)) }

    func count(_ part: Int) { storage.withLock { $0[part] += 1 } }

    var counts: [Int] { storage.withLock { $0 } }
}
