import Foundation
import Synchronization

/// Persistent helper threads for the parallel products.
///
/// `DispatchQueue.concurrentPerform` wakes its workers through the kernel on
/// every call, and a training step makes several parallel calls a few
/// hundred microseconds apart. These workers instead keep polling for a
/// while after each job (yielding the core to anything else that wants it),
/// so the next job of the same step finds them awake; after that they
/// sleep, so an idle program uses no CPU.
///
/// One caller at a time: a call that finds the pool busy (another thread's
/// product, as when several networks race) runs on Dispatch instead. The
/// workers live as long as the process.
final class WorkerPool: @unchecked Sendable {
    static let shared = WorkerPool(workers: max(0, ProcessInfo.processInfo.activeProcessorCount - 1))

    /// How long an idle worker keeps polling before it sleeps.
    static let pollingNanoseconds: UInt64 = 300_000

    let workerCount: Int
    /// Bumped to publish a job; workers compare it with the last they ran.
    private let generation = Atomic<Int>(0)
    /// Workers finished with the current generation.
    private let finished = Atomic<Int>(0)
    private let busy = Atomic<Bool>(false)
    private let wakeUp = NSCondition()
    // Written by the caller before `generation` is bumped (release) and read
    // by workers after they see the bump (acquire).
    private nonisolated(unsafe) var job: (@Sendable (Int) -> Void)?
    private nonisolated(unsafe) var jobParts = 0

    init(workers: Int) {
        workerCount = workers
        for index in 0..<workers {
            let thread = Thread { [self] in self.serve(part: index + 1) }
            thread.name = "actview-kernel-\(index + 1)"
            thread.start()
        }
    }

    /// Runs `body(0)` … `body(parts − 1)` concurrently, part 0 on the calling
    /// thread, and returns when all have finished.
    func run(parts: Int, _ body: @Sendable (Int) -> Void) {
        guard parts > 1 else {
            if parts == 1 { body(0) }
            return
        }
        guard parts - 1 <= workerCount,
              busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            DispatchQueue.concurrentPerform(iterations: parts, execute: body)
            return
        }
        withoutActuallyEscaping(body) { body in
            job = body
            jobParts = parts
            finished.store(0, ordering: .relaxed)
            wakeUp.lock()
            generation.add(1, ordering: .releasing)
            wakeUp.broadcast()
            wakeUp.unlock()
            body(0)
            while finished.load(ordering: .acquiring) < workerCount { sched_yield() }
            job = nil
        }
        busy.store(false, ordering: .releasing)
    }

    private func serve(part: Int) {
        var seen = 0
        while true {
            var current = generation.load(ordering: .acquiring)
            if current == seen {
                let start = DispatchTime.now().uptimeNanoseconds
                while current == seen, DispatchTime.now().uptimeNanoseconds - start < Self.pollingNanoseconds {
                    sched_yield()
                    current = generation.load(ordering: .acquiring)
                }
                if current == seen {
                    // Checked again under the lock the caller bumps it under,
                    // so a job posted now cannot be missed.
                    wakeUp.lock()
                    while generation.load(ordering: .acquiring) == seen { wakeUp.wait() }
                    wakeUp.unlock()
                    current = generation.load(ordering: .acquiring)
                }
            }
            seen = current
            if part < jobParts, let job { job(part) }
            finished.add(1, ordering: .releasing)
        }
    }
}
