import Datasets

extension Trainer {
    /// This moment of the run, to `restore` later.
    public func checkpoint() -> TrainerCheckpoint {
        let parameters = network.parameterCount
        let first = [OptimizerKind.momentum, .nesterov, .adam].contains(optimizer.kind) ? 1 : 0
        let second = [OptimizerKind.adam, .rmsprop].contains(optimizer.kind) ? 1 : 0
        let moments = first + second
        return TrainerCheckpoint(
            run: run, step: stepCount, network: network, optimizer: optimizer, order: order,
            orderGenerator: orderGenerator, position: position, completedEpochs: completedEpochs,
            trainingSeconds: trainingSeconds, state: state, batchLoss: batchLoss, firstBatchLoss: firstBatchLoss,
            lastEvaluation: lastEvaluation, history: history, zigzag: zigzag,
            byteCount: parameters * 4 * (1 + moments) + order.count * 4 + history.count * 64)
    }

    /// Goes back (or forward) to `checkpoint`, a moment of this run or of
    /// one restored from it: the steps after it repeat the ones the run took
    /// from there, with the same data in the same order. The configuration
    /// stays this trainer's (the learning rate and the epochs set since),
    /// and so does the running or paused state, unless the moment is past
    /// the run's end.
    public mutating func restore(_ checkpoint: TrainerCheckpoint) {
        let wasRunning = state == .running
        network = checkpoint.network
        optimizer = checkpoint.optimizer
        order = checkpoint.order
        orderGenerator = checkpoint.orderGenerator
        position = checkpoint.position
        stepCount = checkpoint.step
        completedEpochs = checkpoint.completedEpochs
        trainingSeconds = checkpoint.trainingSeconds
        batchLoss = checkpoint.batchLoss
        firstBatchLoss = checkpoint.firstBatchLoss
        lastEvaluation = checkpoint.lastEvaluation
        history = checkpoint.history
        zigzag = checkpoint.zigzag
        // The workspace holds another moment's gradients now.
        latestGradients = .none
        if case .diverged = checkpoint.state {
            state = checkpoint.state
        } else {
            state = isFinished ? .finished : (wasRunning ? .running : .paused)
        }
    }
}
