import Datasets
import Dispatch
import Foundation
import NeuralNet
import Synchronization

/// The explorer's side of training: turns effects into `TrainingSession`
/// calls and hands the current run's snapshots to the UI thread.
///
/// Every `start` gets a session of its own, built on a background queue
/// (loading MNIST or evaluating the first snapshot must not stall a key)
/// by the `RunEngine`, whose restart rule is the headless driver's too. The
/// replaced session is cancelled and forgotten at once, and each snapshot
/// carries its run's ID, so none of a replaced run reaches the explorer.
final class TrainingRunner: Sendable {
    private struct State: Sendable {
        /// Bumped by every start; a session built for an older start is dropped.
        var generation = 0
        var session: TrainingSession?
        var seenVersion = -1
        /// What the user asked for while the session was still being built.
        var running = true
        var learningRate: LearningRate?
        var stepsRequested = 0
        /// The pace for this run and every later one (nil: flat out).
        var stepsPerSecond: Double?
        var notice: String?
        /// The latest baseline finished, not yet taken.
        var baseline: (TrainingConfiguration, TrainingSnapshot)?
        /// Bumped by every baseline asked for; an older one is dropped.
        var baselineGeneration = 0
        /// The current run's moments to go back to (`CheckpointRing`).
        var checkpoints = CheckpointRing(run: nil)
        /// The steps last handed to the explorer, to hand on only changes.
        var checkpointsSeen: (RunID?, [Int])?
        /// `runSteps` asked for before the session was built.
        var stepsToRun: Int?
    }

    private let state = Mutex(State())
    /// Used on `builder` only (a serial queue); the lock is never contended
    /// by the UI thread, so a slow load cannot stall a key.
    private let engine: Mutex<RunEngine>
    private let builder = DispatchQueue(label: "actview.training-builder", qos: .userInitiated)
    private let notify: @Sendable () -> Void

    init(notify: @escaping @Sendable () -> Void, budget: MemoryBudget = .unlimited) {
        self.notify = notify
        engine = Mutex(RunEngine(threads: max(1, ProcessInfo.processInfo.activeProcessorCount - 1), budget: budget,
                                 trainerCopies: 2))
    }

    /// Replaces the current run with run `run` of `configuration`, running.
    /// Training uses all cores but one, which is left to the UI so keys
    /// stay quick.
    func start(_ configuration: TrainingConfiguration, run: RunID) {
        let (generation, old) = state.withLock { s -> (Int, TrainingSession?) in
            s.generation += 1
            let old = s.session
            s.session = nil
            s.seenVersion = -1
            s.running = true
            s.learningRate = nil
            s.stepsRequested = 0
            s.stepsToRun = nil
            s.checkpoints = CheckpointRing(run: run)
            return (s.generation, old)
        }
        old?.cancel()
        builder.async { [self] in build(configuration, run: run, generation: generation) }
    }

    func pause() {
        let session = state.withLock { s in
            s.running = false
            return s.session
        }
        session?.pause()
    }

    func resume() {
        let session = state.withLock { s in
            s.running = true
            return s.session
        }
        session?.resume()
    }

    func stepOnce() {
        let session = state.withLock { s in
            if s.session == nil { s.stepsRequested += 1 }
            s.running = false
            return s.session
        }
        session?.stepOnce()
    }

    func setLearningRate(_ rate: LearningRate) {
        let session = state.withLock { s in
            s.learningRate = rate
            return s.session
        }
        session?.setLearningRate(rate)
    }

    /// Runs `steps` steps, then pauses.
    func runSteps(_ steps: Int) {
        let session = state.withLock { s in
            s.running = true
            if s.session == nil { s.stepsToRun = steps }
            return s.session
        }
        session?.runSteps(steps)
    }

    /// Goes back to the run's moment at `step` (or the latest before it),
    /// or forward to the one at `step` (or the first after it), as run
    /// `run`. Nothing happens when no such moment is kept.
    func restoreCheckpoint(step: Int, forward: Bool, run: RunID) {
        let (session, moment) = state.withLock { s -> (TrainingSession?, TrainerCheckpoint?) in
            guard let session = s.session,
                  let moment = s.checkpoints.moment(for: step, forward: forward)
            else { return (nil, nil) }
            s.checkpoints.restored(moment, as: run)
            return (session, moment)
        }
        if let session, let moment { session.restore(moment, run: run) }
    }

    /// The current run's checkpoint steps, when they changed since the last call.
    func takeCheckpoints() -> (RunID, [Int])? {
        state.withLock { s in
            guard let run = s.checkpoints.run else { return nil }
            let steps = s.checkpoints.steps
            if let seen = s.checkpointsSeen, seen.0 == run, seen.1 == steps { return nil }
            s.checkpointsSeen = (run, steps)
            return (run, steps)
        }
    }

    /// Lets the finished run go on for `epochs` more.
    func continueTraining(forEpochs epochs: Int) {
        state.withLock { $0.session }?.continueTraining(forEpochs: epochs)
    }

    /// Holds this run, and every run started after it, to a pace.
    func setPace(stepsPerSecond: Double?) {
        let session = state.withLock { s in
            s.stepsPerSecond = stepsPerSecond
            return s.session
        }
        session?.setPace(stepsPerSecond: stepsPerSecond)
    }

    func cancel() {
        let session = state.withLock { s in
            s.generation += 1
            defer { s.session = nil }
            return s.session
        }
        session?.cancel()
        _ = session?.waitForExit(timeout: 0.5)
    }

    /// The current run's newest snapshot, if it changed since the last call.
    func takeSnapshot() -> TrainingSnapshot? {
        guard let session = state.withLock({ $0.session }) else { return nil }
        let version = session.version
        let snapshot = session.latestSnapshot
        let isNew = state.withLock { s -> Bool in
            guard s.session === session, version != s.seenVersion else { return false }
            // A session starts paused and is resumed as it is installed; its
            // first snapshot, taken before the resume, says "paused", and
            // the explorer would take a Space pressed then for "resume".
            if version == 0, s.running, snapshot.state == .paused { return false }
            s.seenVersion = version
            return true
        }
        return isNew ? snapshot : nil
    }

    /// Trains `configuration` to its end on the builder queue, after any run
    /// being built, with the same engine (so the same data), then wakes the
    /// UI; `takeBaseline` hands the result over. Only the latest asked for
    /// is kept.
    func measureBaseline(_ configuration: TrainingConfiguration) {
        let generation = state.withLock { s -> Int in
            s.baselineGeneration += 1
            return s.baselineGeneration
        }
        builder.async { [self] in
            guard state.withLock({ $0.baselineGeneration == generation }) else { return }
            let result = Result { try engine.withLock { try $0.trainToEnd(configuration) } }
            let stillWanted = state.withLock { s -> Bool in
                guard s.baselineGeneration == generation else { return false }
                switch result {
                case .success(let snapshot): s.baseline = (configuration, snapshot)
                case .failure(let error): s.notice = "baseline not measured: \(error)"
                }
                return true
            }
            if stillWanted { notify() }
        }
    }

    func takeBaseline() -> (TrainingConfiguration, TrainingSnapshot)? {
        state.withLock { s in
            defer { s.baseline = nil }
            return s.baseline
        }
    }

    /// A message for the status bar (a data set that failed to load).
    func takeNotice() -> String? {
        state.withLock { s in
            defer { s.notice = nil }
            return s.notice
        }
    }

    /// Keeps the trainer's moment when it is due (on the training thread;
    /// only a due step copies anything).
    private func record(_ trainer: Trainer) {
        let due = state.withLock { $0.checkpoints.wants(trainer) || $0.checkpoints.restoredStep != nil }
        guard due else { return }
        state.withLock { $0.checkpoints.record(trainer) }
        notify()
    }

    // MARK: - Building sessions (on `builder`)

    private func build(_ configuration: TrainingConfiguration, run: RunID, generation: Int) {
        guard state.withLock({ $0.generation == generation }) else { return }
        let session: TrainingSession
        do {
            let trainer = try engine.withLock { try $0.trainer(for: configuration, run: run) }
            // The ring is sized for this network and starts with step 0.
            var ring = CheckpointRing(for: trainer)
            ring.record(trainer)
            state.withLock { s in
                if s.generation == generation { s.checkpoints = ring }
            }
            session = TrainingSession(trainer: trainer, onSnapshot: { [notify] _ in notify() },
                                      onStep: { [weak self] trainer in self?.record(trainer) })
        } catch {
            let stillCurrent = state.withLock { s -> Bool in
                guard s.generation == generation else { return false }
                // The error may name a file, whose name may hold control characters.
                s.notice = PrintableText.escaped("training stopped: \(error)")
                return true
            }
            if stillCurrent { notify() }
            return
        }
        // Install it, unless another start overtook this one meanwhile. The
        // wishes are applied under the lock so a key pressed at this moment
        // cannot be overtaken by an older wish.
        let installed = state.withLock { s -> Bool in
            guard s.generation == generation else { return false }
            s.session = session
            // The wishes go in before the worker starts, so its first pass
            // takes them all and its first snapshot says "running" when it
            // runs (started first, it could publish "paused" before the
            // resume, and a Space pressed then would resume, not pause).
            session.setPace(stepsPerSecond: s.stepsPerSecond)
            if let rate = s.learningRate { session.setLearningRate(rate) }
            for _ in 0..<s.stepsRequested { session.stepOnce() }
            s.stepsRequested = 0
            if let steps = s.stepsToRun { session.runSteps(steps) }
            s.stepsToRun = nil
            if s.running { session.resume() }
            session.start()
            return true
        }
        if installed {
            notify()
        } else {
            session.cancel()
        }
    }
}
