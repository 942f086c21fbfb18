import Foundation
import NeuralNet

/// Runs the explorer's training on a thread of its own and hands snapshots
/// to the UI thread. The UI never waits for it: commands are recorded under
/// a lock and picked up between batches of steps, and a new snapshot is
/// announced through `notify` (which writes to the wake pipe) at most once
/// until the UI takes it.
final class TrainingRunner: @unchecked Sendable {
    // @unchecked: every stored var below is guarded by `condition`.
    private let condition = NSCondition()
    private let notify: @Sendable () -> Void
    private var startRequest: TrainingConfiguration?
    private var running = false
    private var stepsRequested = 0
    private var learningRateRequest: Double?
    private var cancelled = false
    /// Pause and resume change the state the snapshot shows; publish it.
    private var stateChanged = false
    /// Bumped by every start; a snapshot from an older run is dropped.
    private var generation = 0
    private var latest: TrainingSnapshot?
    private var pendingNotice: String?
    private var notifyPending = false

    /// Training wakes the UI no more often than this (seconds).
    static let publishInterval = 1.0 / 30
    /// Longest stretch of steps between looks at the command flags.
    static let chunkSeconds = 0.02

    init(notify: @escaping @Sendable () -> Void) {
        self.notify = notify
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Replaces the current run; its snapshots stop at once.
    func start(_ configuration: TrainingConfiguration) {
        withLock {
            generation += 1
            startRequest = configuration
            latest = nil
            running = true
            stepsRequested = 0
            learningRateRequest = nil
        }
    }

    func pause() {
        withLock {
            running = false
            stateChanged = true
        }
    }

    func resume() {
        withLock {
            running = true
            stateChanged = true
        }
    }

    func stepOnce() { withLock { stepsRequested += 1 } }
    func setLearningRate(_ rate: Double) { withLock { learningRateRequest = rate } }
    func cancel() { withLock { cancelled = true } }

    /// The newest snapshot of the current run, if one arrived since the last call.
    func takeSnapshot() -> TrainingSnapshot? {
        withLock {
            notifyPending = false
            defer { latest = nil }
            return latest
        }
    }

    /// A message for the status bar (a data set that failed to load).
    func takeNotice() -> String? {
        withLock {
            defer { pendingNotice = nil }
            return pendingNotice
        }
    }

    private func withLock<T>(_ body: () -> T) -> T {
        condition.lock()
        defer {
            condition.signal()
            condition.unlock()
        }
        return body()
    }

    // MARK: - The training thread

    private struct DatasetKey: Hashable {
        var spec: String
        var seed: UInt64
        var testFraction: Double
        var labelColumn: Int?
    }

    private func work() {
        var trainer: Trainer?
        var datasetKey: DatasetKey?
        var myGeneration = 0
        var lastPublish = 0.0
        var stepsPerEvaluation = 1
        // Leave one core to the UI so keys stay quick while training runs flat out.
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

        while true {
            condition.lock()
            while !cancelled && startRequest == nil && learningRateRequest == nil && stepsRequested == 0
                    && !stateChanged && !(running && trainer.map(Self.canContinue) == true) {
                condition.wait()
            }
            if cancelled {
                condition.unlock()
                return
            }
            let start = startRequest
            startRequest = nil
            let rate = learningRateRequest
            learningRateRequest = nil
            let singleStep = stepsRequested > 0
            if singleStep { stepsRequested -= 1 }
            let isRunning = running
            let mustPublish = stateChanged
            stateChanged = false
            let currentGeneration = generation
            condition.unlock()

            if let configuration = start {
                myGeneration = currentGeneration
                let key = DatasetKey(spec: configuration.dataset, seed: configuration.seed,
                                     testFraction: configuration.testFraction, labelColumn: configuration.labelColumn)
                do {
                    if let current = trainer, datasetKey == key {
                        trainer = try current.restarted(with: configuration)
                    } else {
                        trainer = nil
                        let dataset = try Dataset.load(configuration.dataset, seed: configuration.seed,
                                                       testFraction: configuration.testFraction,
                                                       labelColumn: configuration.labelColumn)
                        trainer = try Trainer(configuration: configuration, dataset: dataset, threads: threads)
                        datasetKey = key
                    }
                } catch {
                    trainer = nil
                    datasetKey = nil
                    withLock { if generation == myGeneration { pendingNotice = "training stopped: \(error)" } }
                    notifyOnce()
                    continue
                }
                if var t = trainer {
                    stepsPerEvaluation = max(1, t.stepsPerEpoch / max(1, configuration.evaluationsPerEpoch))
                    t.evaluate()
                    t.setRunning(isRunning)
                    trainer = t
                    publish(t.snapshot(), generation: myGeneration)
                    lastPublish = Self.now()
                }
                continue
            }
            guard var t = trainer, myGeneration == currentGeneration else { continue }
            if let rate { t.learningRate = rate }
            t.setRunning(isRunning)
            if singleStep {
                t.step()
                t.evaluate()
                trainer = t
                publish(t.snapshot(), generation: myGeneration)
                lastPublish = Self.now()
                continue
            }
            if isRunning && Self.canContinue(t) {
                let chunkStart = Self.now()
                repeat {
                    t.step()
                    if t.stepCount % stepsPerEvaluation == 0 || !Self.canContinue(t) { t.evaluate() }
                } while Self.canContinue(t) && Self.now() - chunkStart < Self.chunkSeconds
                if !Self.canContinue(t) { t.setRunning(false) }
            }
            trainer = t
            let now = Self.now()
            if now - lastPublish >= Self.publishInterval || !Self.canContinue(t) || rate != nil || mustPublish {
                publish(t.snapshot(), generation: myGeneration)
                lastPublish = now
            }
        }
    }

    private static func canContinue(_ trainer: Trainer) -> Bool {
        !trainer.isFinished && !trainer.hasDiverged
    }

    private func publish(_ snapshot: TrainingSnapshot, generation published: Int) {
        let shouldNotify: Bool = withLock {
            guard generation == published else { return false }
            latest = snapshot
            if notifyPending { return false }
            notifyPending = true
            return true
        }
        if shouldNotify { notify() }
    }

    private func notifyOnce() {
        let shouldNotify: Bool = withLock {
            if notifyPending { return false }
            notifyPending = true
            return true
        }
        if shouldNotify { notify() }
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }
}
