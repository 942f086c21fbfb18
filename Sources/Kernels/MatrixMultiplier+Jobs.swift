/// How `multiply` hands its blocks of C to the worker threads.
extension MatrixMultiplier {
    /// One thread's block of C.
    struct Part {
        let rows: Range<Int>
        let columns: Range<Int>
    }

    /// A block of C, the product it belongs to and the workspace it packs into.
    struct Job {
        let problem: Problem
        let part: Part
        let workspace: Workspace
    }

    /// The jobs of one call, handed to the worker threads. Sound as `Sendable`
    /// because every job writes a disjoint block of C through its own workspace,
    /// and `WorkerPool.run` returns only after all of them finish.
    struct SharedJobs: @unchecked Sendable {
        let jobs: UnsafeBufferPointer<Job>
    }
}
