extension Trainer {
    /// Trains toward `target`, evaluating about `checksPerEpoch` times an
    /// epoch (and before the first step) until a check meets it, then stops
    /// there when `stopsAtTarget`; otherwise, or without a target, trains to
    /// the configured epochs. Stops early on divergence, or when
    /// `shouldStop` (asked between steps) says so. `progress` gets the share
    /// of the configured epochs done and the training-loop seconds so far.
    public mutating func race(toward target: TrainingTarget?, checksPerEpoch: Int, stopsAtTarget: Bool = true,
                              shouldStop: () -> Bool = { false }, progress: (Double, Double) -> Void = { _, _ in }) -> TargetOutcome {
        let interval = Swift.max(1, stepsPerEpoch / Swift.max(1, checksPerEpoch))
        let epochs = Double(configuration.epochs)
        var outcome = TargetOutcome()
        func check() {
            guard let target, outcome.epochs == nil else { return }
            if target.isReached(byMeasuring: &self) {
                outcome.epochs = epochProgress
                outcome.seconds = trainingSeconds
                // The full evaluation once, for the final snapshot.
                evaluate()
            }
        }
        check()
        var sinceCheck = 0
        while !isFinished && !hasDiverged && !(stopsAtTarget && outcome.reached) {
            if shouldStop() {
                outcome.interrupted = true
                break
            }
            let epochBefore = completedEpochs
            step()
            sinceCheck += 1
            progress(epochProgress / epochs, trainingSeconds)
            let boundary = completedEpochs != epochBefore
            if sinceCheck >= interval || boundary {
                sinceCheck = 0
                check()
            }
        }
        if !outcome.reached || !stopsAtTarget { evaluate() }
        outcome.final = snapshot()
        outcome.diverged = hasDiverged
        return outcome
    }
}

extension TrainingTarget {
    /// Whether `trainer` meets the target now, measured on the target's
    /// split alone: a check costs one forward pass over that split, not a
    /// full evaluation with every diagnostic.
    func isReached(byMeasuring trainer: inout Trainer) -> Bool {
        // Before the pass overwrites what a fused step left to derive them from.
        trainer.writeLatestGradients()
        var noStatistics: [LayerStatistics] = []
        let dataset = trainer.dataset
        let result = metric.isOnTestSplit
            ? trainer.pass(features: dataset.testFeatures, labels: dataset.testLabels, targets: dataset.testTargets,
                           statistics: &noStatistics, confusion: nil)
            : trainer.pass(features: dataset.trainFeatures, labels: dataset.trainLabels, targets: dataset.trainTargets,
                           statistics: &noStatistics, confusion: nil)
        let value: Double = switch metric {
        case .trainAccuracy, .testAccuracy: result.accuracy
        case .trainLoss, .testLoss: result.loss
        case .trainRMSE, .testRMSE: result.rmse
        case .trainR2, .testR2: result.r2
        }
        guard value.isFinite else { return false }
        return metric.isHigherBetter ? value >= goal : value <= goal
    }
}
