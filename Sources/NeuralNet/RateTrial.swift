/// One activation's runs at one learning rate, one per seed.
public struct RateTrial: Sendable {
    public var rate: LearningRate
    public var runs: [TargetOutcome]

    public init(rate: LearningRate, runs: [TargetOutcome]) {
        self.rate = rate
        self.runs = runs
    }

    /// Median epochs to target over the runs, a run that never reached it
    /// counting as infinitely slow: infinite when fewer than half reached it.
    public var medianEpochs: Double { Self.median(runs.map { $0.epochs ?? .infinity }) }
    public var medianSeconds: Double { Self.median(runs.map { $0.seconds ?? .infinity }) }
    public var reachedCount: Int { runs.filter(\.reached).count }
    public var divergedCount: Int { runs.filter(\.diverged).count }

    /// Mean epochs over the runs that reached the target.
    public var meanReachedEpochs: Double? {
        let reached = runs.compactMap(\.epochs)
        return reached.isEmpty ? nil : reached.reduce(0, +) / Double(reached.count)
    }

    /// The fastest and the slowest run that reached the target.
    public var epochRange: ClosedRange<Double>? {
        let reached = runs.compactMap(\.epochs)
        guard let low = reached.min(), let high = reached.max() else { return nil }
        return low...high
    }

    /// The tuning rule: fewer median epochs to target; then more runs that
    /// reached it; then fewer mean epochs over those runs; for rates that
    /// never got there, the median final value of the target's metric;
    /// last, the smaller rate. Epochs only, never seconds: a rule on timings
    /// would pick differently from one run of the command to the next.
    public func isFaster(than other: RateTrial, toward target: TrainingTarget?) -> Bool {
        if medianEpochs != other.medianEpochs { return medianEpochs < other.medianEpochs }
        if reachedCount != other.reachedCount { return reachedCount > other.reachedCount }
        if let mine = meanReachedEpochs, let theirs = other.meanReachedEpochs, mine != theirs { return mine < theirs }
        if let target {
            let mine = finalMedian(target), theirs = other.finalMedian(target)
            if target.isBetter(mine, than: theirs) { return true }
            if target.isBetter(theirs, than: mine) { return false }
        }
        return rate < other.rate
    }

    /// The median of the runs' final values of `target`'s metric (NaN counts as worst).
    func finalMedian(_ target: TrainingTarget) -> Double {
        let worst = target.metric.isHigherBetter ? -Double.infinity : Double.infinity
        let values = runs.map { run -> Double in
            let value = target.value(in: run.final) ?? worst
            return value.isFinite ? value : worst
        }
        return Self.median(values)
    }

    /// The middle value (the mean of the two middle ones for an even count);
    /// infinities sort to their end and make the median infinite when they
    /// reach the middle.
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        let a = sorted[middle - 1], b = sorted[middle]
        if a.isInfinite || b.isInfinite { return a.isInfinite ? a : b }
        return (a + b) / 2
    }
}
