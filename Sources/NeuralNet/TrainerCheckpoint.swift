import Datasets

/// A run's moment, kept to go back to: everything that decides the steps
/// after it (weights, the optimiser's memory, the data order and where in
/// it the run is) and what it has drawn (the evaluations so far). Not the
/// scratch workspace, which the trainer restored into keeps. Restoring it
/// into the same run continues exactly as the run went on from here.
public struct TrainerCheckpoint: Sendable {
    /// The run this moment was taken from.
    public let run: RunID?
    public let step: Int
    /// Evaluations on the loss curve at this moment.
    public var curveLength: Int { history.count }
    let network: Network
    let optimizer: Optimizer
    let order: [Int32]
    let orderGenerator: SeededRandom
    let position: Int
    let completedEpochs: Int
    let trainingSeconds: Double
    let state: TrainingState
    let batchLoss: Double?
    let firstBatchLoss: Double?
    let lastEvaluation: TrainingSnapshot
    let history: [EvaluationRecord]
    let zigzag: [ZigzagTally]

    /// About how much memory the moment holds on its own once the live run
    /// has moved on: the parameters, the optimiser's moments, the order.
    public let byteCount: Int
}
