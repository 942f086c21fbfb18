import Datasets
import Foundation

/// Trains one network on one data set, a step at a time, so the explorer can
/// interleave training with drawing and the CLI can print every epoch.
///
/// A value: copying a trainer forks the run, diagnostics included (see
/// `prepareWorkspace`). The same configuration and data give the same
/// numbers on every run, step for step.
///
/// Gradient diagnostics (per-layer norms, the layer a divergence message
/// names) mean one thing under every optimiser: the
/// weight gradient ∂loss/∂W of the latest step's batch at the weights
/// before that step, reduced as configured (sum or mean), without weight
/// decay. After a fused plain-descent step, which never writes ∂W, it is
/// formed again from the inputs and deltas that step left in the workspace
/// (`LatestGradients.derivable`), only when an evaluation asks for it.
/// The zigzag share is counted per example over the same batch, during the
/// step (`ZigzagTally`).
public struct Trainer: Sendable {
    public private(set) var configuration: TrainingConfiguration
    /// The data the network trains on: `source`, z-scored when the
    /// configuration standardises its inputs.
    public let dataset: Dataset
    /// The data as given, which a restart starts from again.
    let source: Dataset
    /// The two inputs before their features were made, when the network
    /// sees features (nil: `dataset` itself is the plane, if it is one).
    let plane: Dataset?
    public internal(set) var network: Network
    /// The weights before the first step, kept so a restart with another
    /// activation or learning rate starts from the same point.
    public let initialNetwork: Network
    public let computePath: ComputePath
    public let threads: Int
    /// Can be changed mid-run; the optimiser's memory is kept. The one live
    /// copy of the rate: the configuration's, which restarts carry on.
    public var learningRate: LearningRate {
        get { configuration.learningRate }
        set { configuration.learningRate = newValue }
    }

    /// Examples per step after resolving 0 (the whole set).
    public let batchSize: Int
    public var stepsPerEpoch: Int { (dataset.trainCount + batchSize - 1) / batchSize }
    /// The run this trainer carries out, stamped on its snapshots.
    public var run: RunID?
    public internal(set) var stepCount = 0
    public internal(set) var completedEpochs = 0
    /// Epochs done, fractional within an epoch.
    public var epochProgress: Double {
        Double(completedEpochs) + Double(position) / Double(Swift.max(dataset.trainCount, 1))
    }
    /// Seconds spent in `step()`, evaluation excluded.
    public internal(set) var trainingSeconds: Double = 0
    public internal(set) var state: TrainingState = .paused
    /// Mean loss over the latest step's batch.
    public internal(set) var batchLoss: Double?
    public var isFinished: Bool { completedEpochs >= configuration.epochs }
    public var hasDiverged: Bool {
        if case .diverged = state { return true }
        return false
    }

    var optimizer: Optimizer
    var workspace: NetworkWorkspace
    /// Where the latest step's weight gradients are; see the type's comment.
    var latestGradients = LatestGradients.none
    /// The latest step's per-example zigzag counts, one per hidden layer
    /// (the units it feeds; see `ZigzagTally`).
    public internal(set) var zigzag: [ZigzagTally]
    var order: [Int32]
    var orderGenerator: SeededRandom
    var position = 0
    var firstBatchLoss: Double?
    /// The latest evaluation, as the UI sees it.
    var lastEvaluation = TrainingSnapshot()
    /// Test examples the latest evaluation got wrong (bounded).
    var misclassified: [MisclassifiedExample] = []
    /// False leaves the unit tiles out of evaluations: only for measuring
    /// what they cost (`actview bench`).
    public var drawsUnitTiles = true
    /// False lets the next evaluation keep the previous tiles: the live
    /// worker redraws them only as often as it publishes snapshots.
    public var refreshesUnitTiles = true
    var history: [EvaluationRecord] = []

    /// Largest number of examples pushed through the network at once; a
    /// bigger batch is processed in chunks whose gradients add up.
    static let chunkLimit = 1024
    /// A batch loss above this multiple of the first batch's counts as
    /// divergence even while it is still finite (bounded activations keep
    /// the loss finite while the weights run away).
    static let explosionFactor = 100.0

    public init(configuration: TrainingConfiguration, dataset: Dataset, computePath: ComputePath = .fast,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        try self.init(configuration: configuration, dataset: dataset, computePath: computePath, threads: threads,
                      reusing: nil)
    }

    private init(configuration: TrainingConfiguration, dataset: Dataset, computePath: ComputePath, threads: Int,
                 reusing previous: Network?) throws {
        try configuration.validate()
        try Self.check(dataset, for: configuration)
        self.configuration = configuration
        source = dataset
        let standardized = configuration.standardizeInputs ? dataset.standardized() : dataset
        let features = configuration.inputFeatures
        // The plane the data pane draws stays the two inputs; the network
        // sees their features.
        plane = features == .plain ? nil : standardized
        let dataset = features == .plain ? standardized : standardized.expanded(features)
        self.dataset = dataset
        self.computePath = computePath
        self.threads = Swift.max(1, threads)
        var generator = SeededRandom(seed: configuration.seed)
        var network = try Network(configuration: configuration, inputCount: dataset.featureCount,
                                  classCount: dataset.classCount, generator: &generator)
        if configuration.task == .regression, configuration.useBias, !dataset.trainTargets.isEmpty {
            // The fit starts from the mean target (R² 0), not from 0: a CSV
            // column of prices in the thousands would otherwise spend its
            // first epochs only moving the output bias there.
            let mean = dataset.trainTargets.reduce(0.0) { $0 + Double($1) } / Double(dataset.trainTargets.count)
            network.layers[network.layers.count - 1].bias[0] = Float(mean)
        }
        if let previous, previous.hasSameShape(as: network) {
            network.copyParameters(from: previous)
        }
        self.network = network
        initialNetwork = network
        zigzag = Array(repeating: ZigzagTally(), count: network.hiddenLayerCount)
        batchSize = configuration.batchSize == 0 ? dataset.trainCount : Swift.min(configuration.batchSize, dataset.trainCount)
        optimizer = Optimizer(kind: configuration.optimizer, layers: network.layers)
        workspace = NetworkWorkspace(layers: network.layers, rows: Self.workspaceRows(batchSize: batchSize),
                                     path: computePath, threads: self.threads)
        // The data order has a stream of its own so that changing the
        // architecture does not change the order the examples arrive in.
        orderGenerator = Self.orderGenerator(seed: configuration.seed)
        order = (0..<dataset.trainCount).map { Int32($0) }
        shuffleIfNeeded()
    }

    /// Where the data order comes from: the stream of `seed` that draws one
    /// permutation of the training examples before the first epoch and one
    /// after each epoch, whenever a batch is smaller than the training set
    /// (otherwise the examples stay in the data set's order).
    public static func orderGenerator(seed: UInt64) -> SeededRandom {
        SeededRandom(seed: seed ^ orderStreamSalt)
    }

    /// What `orderGenerator(seed:)` mixes into the seed.
    public static let orderStreamSalt: UInt64 = 0x0DA7_A0DE_5EED_0001

    /// True when the examples are shuffled before every epoch.
    public var shufflesEachEpoch: Bool { batchSize < dataset.trainCount }

    /// A fresh run with `configuration` on the same data. When the seed, the
    /// rule each layer's weights are drawn by (`automatic` resolved per
    /// activation, so ReLU gets He and SELU LeCun weights) and the layer
    /// shapes are unchanged, it starts from this run's initial weights,
    /// whatever the activation or learning rate: a fair comparison. The data
    /// order depends only on the seed.
    public func restarted(with configuration: TrainingConfiguration) throws -> Trainer {
        let sameStart = configuration.seed == self.configuration.seed
            && configuration.layerInitializers == self.configuration.layerInitializers
        return try Trainer(configuration: configuration, dataset: source, computePath: computePath, threads: threads,
                           reusing: sameStart ? initialNetwork : nil)
    }

    /// Lets a finished run go on for `epochs` more (paused; resume it to
    /// run). A run that is not finished, or diverged, is left as it is.
    public mutating func continueTraining(forEpochs epochs: Int) {
        guard state == .finished, epochs > 0 else { return }
        configuration.epochs += epochs
        state = .paused
    }

    public mutating func restart(with configuration: TrainingConfiguration) throws {
        self = try restarted(with: configuration)
    }

    /// One optimiser step on the next batch. Does nothing once diverged.
    public mutating func step() {
        _ = step(stoppingWhen: { false })
    }

    /// One step that checks `shouldStop` between chunks of a large batch
    /// and abandons the step (no update) when it says so. Returns false if
    /// the step was abandoned.
    mutating func step(stoppingWhen shouldStop: () -> Bool) -> Bool {
        if hasDiverged { return true }
        let started = ContinuousClock.now
        prepareWorkspace()
        let count = Swift.min(batchSize, dataset.trainCount - position)
        let scale: Float = configuration.reduction == .mean ? 1 / Float(count) : 1
        let rows = workspace.rows
        var loss = 0.0
        var offset = 0
        var fusion = DescentFusion.separate
        for index in zigzag.indices { zigzag[index] = ZigzagTally() }
        while offset < count {
            if offset > 0 && shouldStop() {
                // The first chunks overwrote the previous step's gradients
                // (and its zigzag counts are now a part of this one's).
                latestGradients = .none
                for index in zigzag.indices { zigzag[index] = ZigzagTally() }
                return false
            }
            let chunk = Swift.min(rows, count - offset)
            gather(trainRows: position + offset, count: chunk)
            network.forward(rows: chunk, workspace: workspace)
            loss += network.lossAndCorrect(rows: chunk, workspace: workspace).loss
            if offset == 0 {
                // Decided here, once: a batch that fits one chunk has its
                // whole loss, and so the divergence verdict, before its
                // backward pass; a larger batch is never fused.
                let fits = count <= rows
                fusion = DescentFusion(optimizer: optimizer.kind, weightDecay: configuration.weightDecay,
                                       l1Penalty: configuration.l1Penalty,
                                       batchFitsOneChunk: fits, refused: fits && diverges(meanLoss: loss / Double(count)),
                                       learningRate: learningRate.value)
            }
            network.backward(rows: chunk, scale: scale, accumulate: offset > 0, workspace: workspace, fusion: fusion)
            network.tallyZigzag(rows: chunk, workspace: workspace, into: &zigzag)
            offset += chunk
        }
        latestGradients = fusion.isFused ? .derivable(rows: count, scale: scale) : .written
        let meanLoss = loss / Double(count)
        batchLoss = meanLoss
        stepCount += 1
        if let reason = divergenceReason(meanLoss: meanLoss, chunkRows: Swift.min(rows, count)) {
            state = .diverged(reason: reason)
        } else {
            if firstBatchLoss == nil { firstBatchLoss = meanLoss }
            optimizer.update(&network, workspace: workspace, learningRate: learningRate.value,
                             weightDecay: configuration.weightDecay, l1Penalty: configuration.l1Penalty, fusion: fusion)
            position += count
            if position >= dataset.trainCount {
                position = 0
                completedEpochs += 1
                shuffleIfNeeded()
                if isFinished, state == .paused || state == .running { state = .finished }
            }
        }
        trainingSeconds += (ContinuousClock.now - started).seconds
        return true
    }

    /// Steps to the end of the current epoch, evaluating
    /// `configuration.evaluationsPerEpoch` times on the way (the last at
    /// the epoch's end). Stops early on divergence.
    public mutating func runEpoch() {
        let target = completedEpochs + 1
        let evaluations = configuration.evaluationsPerEpoch
        let steps = stepsPerEpoch
        var nextEvaluation = 1
        var stepInEpoch = (position + batchSize - 1) / batchSize
        while completedEpochs < target && !hasDiverged {
            step()
            stepInEpoch += 1
            if completedEpochs < target, evaluations > 1,
               stepInEpoch * evaluations >= nextEvaluation * steps, nextEvaluation < evaluations {
                evaluate()
                nextEvaluation += 1
            }
        }
        evaluate()
    }

    /// What the UI draws: the latest evaluation with the current counters.
    public func snapshot() -> TrainingSnapshot {
        var snapshot = lastEvaluation
        snapshot.run = run
        snapshot.step = stepCount
        snapshot.epoch = epochProgress
        snapshot.stepsPerEpoch = stepsPerEpoch
        snapshot.learningRate = learningRate.value
        snapshot.state = state
        snapshot.trainingSeconds = trainingSeconds
        snapshot.stepsPerSecond = trainingSeconds > 0 ? Double(stepCount) / trainingSeconds : 0
        snapshot.batchLoss = batchLoss
        snapshot.parameterCount = network.parameterCount
        snapshot.featureCount = dataset.featureCount
        snapshot.inputCount = network.inputCount
        snapshot.classCount = network.classCount
        snapshot.trainCount = dataset.trainCount
        snapshot.history = history
        return snapshot
    }

    /// Marks the run as running or paused (the session's view); a finished
    /// or diverged run keeps its state.
    public mutating func setRunning(_ running: Bool) {
        if state == .running || state == .paused { state = running ? .running : .paused }
    }

    // MARK: - Internals

    static func workspaceRows(batchSize: Int) -> Int {
        Swift.max(Swift.min(batchSize, chunkLimit), 256)
    }

    /// A copied trainer shares its scratch memory with the original, and
    /// neither writes it while it is shared: the first to need it takes a
    /// private workspace, carrying over the latest step's weight gradients
    /// (read from the shared one), so a copy reports the same diagnostics as
    /// the original.
    mutating func prepareWorkspace() {
        if isKnownUniquelyReferenced(&workspace) { return }
        let shared = workspace
        workspace = NetworkWorkspace(layers: network.layers, rows: shared.rows, path: computePath, threads: threads)
        switch latestGradients {
        case .none:
            break
        case .written:
            for (source, target) in zip(shared.weightGradients, workspace.weightGradients) {
                target.pointer.update(from: source.pointer, count: source.count)
            }
        case .derivable(let rows, let scale):
            network.writeWeightGradients(rows: rows, scale: scale, from: shared, into: workspace)
            latestGradients = .written
        }
    }

    /// Writes out the weight gradients a fused step left derivable, before
    /// anything overwrites the inputs and deltas they are formed from.
    mutating func writeLatestGradients() {
        prepareWorkspace()
        guard case .derivable(let rows, let scale) = latestGradients else { return }
        network.writeWeightGradients(rows: rows, scale: scale, from: workspace, into: workspace)
        latestGradients = .written
    }

    /// Copies `count` training examples, from `start` in the current order,
    /// into the workspace.
    private func gather(trainRows start: Int, count: Int) {
        let features = dataset.featureCount
        let input = workspace.input.pointer
        let labels = workspace.labels.pointer
        dataset.trainFeatures.withUnsafeBufferPointer { source in
            for row in 0..<count {
                let example = Int(order[start + row])
                (input + row * features).update(from: source.baseAddress! + example * features, count: features)
                labels[row] = dataset.trainLabels[example]
                if isRegression { workspace.targets.pointer[row] = dataset.trainTargets[example] }
            }
        }
    }

    private mutating func shuffleIfNeeded() {
        guard shufflesEachEpoch else { return }
        order = orderGenerator.permutation(dataset.trainCount).map { Int32($0) }
    }

    /// Whether a finite loss far above the first step's counts as
    /// divergence: for softmax's cross-entropy and regression's squared
    /// error, not for the lecture's sigmoid output, whose bounded loss
    /// cannot explode.
    private var watchesForExplosion: Bool { network.task == .regression || network.output == .softmax }

    /// Why the step that just ran counts as diverged, or nil.
    /// Whether `divergenceReason` will refuse a step with this loss; known
    /// before the backward pass, so a fused weight step can be held back.
    private func diverges(meanLoss: Double) -> Bool {
        if !meanLoss.isFinite { return true }
        if watchesForExplosion, let first = firstBatchLoss {
            return meanLoss > Self.explosionFactor * Swift.max(first, 0.01)
        }
        return false
    }

    private func divergenceReason(meanLoss: Double, chunkRows: Int) -> String? {
        if !meanLoss.isFinite {
            let place = network.firstNonFiniteLayer(rows: chunkRows, workspace: workspace)
                .map { network.layerDescription($0) } ?? "the output layer"
            return "loss became \(meanLoss.isNaN ? "NaN" : "infinite") at step \(stepCount); first non-finite values in \(place)"
        }
        if watchesForExplosion, let first = firstBatchLoss,
           meanLoss > Self.explosionFactor * Swift.max(first, 0.01) {
            let layer = network.layerWithLargestGradient(workspace: workspace)
            return String(format: "loss exploded to %.3g at step %d (first step %.3g); largest gradient in %@",
                          meanLoss, stepCount, first, network.layerDescription(layer))
        }
        return nil
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
