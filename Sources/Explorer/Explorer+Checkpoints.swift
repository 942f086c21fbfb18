import NeuralNet

/// `b` and `B`: back to the run's previous checkpoint, and forward again.
/// The runner holds the trainer states; the explorer asks for a step and
/// rewinds its curves at once, the restored run's snapshots following.
extension Explorer {
    mutating func stepBack() -> [Effect] {
        let strings = Strings.of(options.language)
        guard race == nil else {
            show(strings.noCheckpointsInRace)
            return []
        }
        guard var current = snapshot, checkpoints.run == run, let target = checkpoints.step(before: current.step) else {
            show(strings.noCheckpointBefore(snapshot?.step ?? 0))
            return []
        }
        // The furthest this line of the run has gone: the curve on screen,
        // or the part ahead of it still kept from an earlier `b`.
        var branch = current.history
        let reached = branch.last?.step ?? current.step
        branch += checkpoints.branch.filter { $0.step > reached }
        checkpoints.branch = branch
        let later = branch.filter { $0.step >= target }
        if later.count > 1 {
            ghost = Ghost(label: strings.laterPart(ActivationText.displayName(activation), from: target,
                                                   to: later.last?.step ?? target), history: later)
        }
        current.history = branch.filter { $0.step <= target }
        current.step = target
        current.epoch = current.history.last?.epoch ?? 0
        show(strings.backToCheckpoint(target))
        return rewind(to: target, showing: current, forward: false)
    }

    mutating func stepForward() -> [Effect] {
        let strings = Strings.of(options.language)
        guard race == nil else {
            show(strings.noCheckpointsInRace)
            return []
        }
        guard var current = snapshot, checkpoints.run == run, let target = checkpoints.step(after: current.step) else {
            show(strings.nothingAhead)
            return []
        }
        let later = checkpoints.branch.filter { $0.step >= target }
        if later.count > 1 {
            ghost = Ghost(label: strings.laterPart(ActivationText.displayName(activation), from: target,
                                                   to: later.last?.step ?? target), history: later)
        } else {
            ghost = nil
        }
        current.history = checkpoints.branch.filter { $0.step <= target }
        current.step = target
        current.epoch = current.history.last?.epoch ?? current.epoch
        show(strings.forwardToCheckpoint(target))
        return rewind(to: target, showing: current, forward: true)
    }

    /// The run continues from the checkpoint at `step` as a new run, so no
    /// snapshot of the abandoned stretch is taken after this.
    private mutating func rewind(to step: Int, showing current: TrainingSnapshot, forward: Bool) -> [Effect] {
        run = run.next
        var shown = current
        shown.run = run
        snapshot = shown
        checkpoints.run = run
        return [.restoreCheckpoint(step: step, forward: forward, run: run)]
    }
}
