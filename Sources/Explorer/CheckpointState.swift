import NeuralNet

/// What the explorer knows of the runner's checkpoints (the runner holds
/// the trainer states): the steps kept for the run on screen, and the
/// curve of the furthest moment the run has reached along this line of
/// restores, which `b` leaves on the chart as a ghost and `B` returns to.
struct CheckpointState: Hashable, Sendable {
    /// The run the steps belong to; a restore continues as a new run.
    var run: RunID?
    var steps: [Int] = []
    /// The evaluations up to the furthest step reached before going back.
    var branch: [EvaluationRecord] = []

    /// Steps for `run`: a run that is not the continuation of this one (a
    /// restart) starts a new line, with no branch.
    mutating func update(run: RunID, steps: [Int]) {
        if run != self.run { branch = [] }
        self.run = run
        self.steps = steps
    }

    /// The run's checkpoint before `step`.
    func step(before step: Int) -> Int? { steps.last { $0 < step } }

    /// The run's checkpoint after `step`, kept after a `b` until the run moves on.
    func step(after step: Int) -> Int? { steps.first { $0 > step } }
}
