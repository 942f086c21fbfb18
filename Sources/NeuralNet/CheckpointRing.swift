/// The moments a run keeps to go back to, in bounded memory: one every
/// `interval` steps from step 0; when `capacity` are kept, the interval
/// doubles and the moments off the new grid go, so a long run keeps about
/// `capacity / 2 … capacity` moments spread over its whole length.
///
/// After a restore the moments past it stay, to go forward to again,
/// until the run takes a step from there: then they belong to a past that
/// no longer follows (the undo and redo of an editor).
public struct CheckpointRing: Sendable {
    /// The run whose steps are taken now; moments of other runs are refused.
    public private(set) var run: RunID?
    public private(set) var interval: Int
    public let capacity: Int
    public private(set) var moments: [TrainerCheckpoint] = []
    /// The step the run was restored to, while the moments past it are
    /// still reachable.
    public private(set) var restoredStep: Int?

    public static let firstInterval = 10
    public static let largestCapacity = 16
    /// What the moments of one run may hold between them (the lecture's
    /// 784-1000-10 net keeps 5).
    public static let byteBudget = 16 << 20

    public init(run: RunID?, interval: Int = CheckpointRing.firstInterval, capacity: Int = CheckpointRing.largestCapacity) {
        self.run = run
        self.interval = Swift.max(1, interval)
        self.capacity = Swift.max(2, capacity)
    }

    /// The ring for a run of `trainer`: as many moments as the budget holds
    /// for its size, from 2 to `largestCapacity`.
    public init(for trainer: Trainer) {
        let bytes = Swift.max(1, trainer.checkpoint().byteCount)
        self.init(run: trainer.run, capacity: Swift.min(Self.largestCapacity, Swift.max(2, Self.byteBudget / bytes)))
    }

    /// The steps kept, in order.
    public var steps: [Int] { moments.map(\.step) }

    /// Whether `trainer`, just after a step (or at its start), is at a
    /// moment to keep.
    public func wants(_ trainer: Trainer) -> Bool {
        trainer.run == run && trainer.stepCount % interval == 0 && !moments.contains { $0.step == trainer.stepCount }
    }

    /// Keeps `trainer`'s moment when it is due; a step taken after a
    /// restore first drops the moments past it.
    public mutating func record(_ trainer: Trainer) {
        guard trainer.run == run else { return }
        if let restored = restoredStep, trainer.stepCount > restored {
            moments.removeAll { $0.step > restored }
            restoredStep = nil
        }
        guard wants(trainer) else { return }
        if moments.count >= capacity {
            interval *= 2
            moments.removeAll { $0.step % interval != 0 }
        }
        guard trainer.stepCount % interval == 0 else { return }
        moments.append(trainer.checkpoint())
        moments.sort { $0.step < $1.step }
    }

    /// The latest moment before `step`.
    public func moment(before step: Int) -> TrainerCheckpoint? {
        moments.last { $0.step < step }
    }

    /// The first moment after `step`.
    public func moment(after step: Int) -> TrainerCheckpoint? {
        moments.first { $0.step > step }
    }

    /// The moment at `step`, or the latest before it (a moment may have
    /// been thinned out meanwhile).
    public func moment(atOrBefore step: Int) -> TrainerCheckpoint? {
        moments.last { $0.step <= step }
    }

    /// The moment at `step`, or the first after it.
    public func moment(atOrAfter step: Int) -> TrainerCheckpoint? {
        moments.first { $0.step >= step }
    }

    /// What `Effect.restoreCheckpoint` goes to: the moment at `step`, or
    /// the nearest one in the asked direction, or else (the moments ahead
    /// went as the run moved on) the latest one before `step`. Step 0 is
    /// always kept, so a ring with moments always answers: the explorer has
    /// moved on to a new run number and must get its snapshots.
    public func moment(for step: Int, forward: Bool) -> TrainerCheckpoint? {
        (forward ? moment(atOrAfter: step) : nil) ?? moment(atOrBefore: step) ?? moments.first
    }

    /// Notes that the run goes on as `newRun` from `moment`: the steps it
    /// takes from there are recorded, and the moments past it stay until
    /// the first of them.
    public mutating func restored(_ moment: TrainerCheckpoint, as newRun: RunID?) {
        run = newRun
        restoredStep = moment.step
    }
}
