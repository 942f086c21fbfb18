import Datasets

/// What "converged" means when runs are raced: a metric on one split and
/// the value it must reach. Krizhevsky et al. (2012) raced to 25% training
/// error, which is `TrainingTarget(.trainAccuracy, 0.75)`.
public struct TrainingTarget: Sendable, Hashable, CustomStringConvertible {
    public enum Metric: String, Sendable, Hashable, CaseIterable {
        case trainAccuracy = "train-accuracy"
        case testAccuracy = "test-accuracy"
        case trainLoss = "train-loss"
        case testLoss = "test-loss"

        public var isOnTestSplit: Bool { self == .testAccuracy || self == .testLoss }
        public var isAccuracy: Bool { self == .trainAccuracy || self == .testAccuracy }
        /// The option that sets it.
        public var option: String { self == .testAccuracy ? "--target-accuracy" : self == .testLoss ? "--target-loss" : "--target-\(rawValue)" }
    }

    public let metric: Metric
    public let goal: Double

    /// Throws for an accuracy outside (0, 1] or a loss that is not positive and finite.
    public init(_ metric: Metric, _ goal: Double) throws(ConfigurationError) {
        if metric.isAccuracy {
            guard goal > 0, goal <= 1 else { throw ConfigurationError("\(metric.option) must be in (0, 1] (got \(goal))") }
        } else {
            guard goal.isFinite, goal > 0 else { throw ConfigurationError("\(metric.option) must be positive (got \(goal))") }
        }
        self.metric = metric
        self.goal = goal
    }

    /// Refuses a target on a split `dataset` does not have, before any
    /// training: without a test split the test metrics do not exist, and a
    /// race toward them would never end (or end in NaN).
    public func check(against dataset: Dataset) throws(ConfigurationError) {
        if metric.isOnTestSplit && dataset.testCount == 0 {
            throw ConfigurationError("\(metric.option) needs a test split, and '\(dataset.name)' has none here "
                + "(--test-fraction 0?); use --target-train-\(metric.isAccuracy ? "accuracy" : "loss") instead")
        }
        if dataset.trainCount == 0 {
            throw ConfigurationError("\(metric.option) needs training examples, and '\(dataset.name)' has none")
        }
    }

    /// The metric in `snapshot`, or nil before an evaluation.
    public func value(in snapshot: TrainingSnapshot) -> Double? {
        switch metric {
        case .trainAccuracy: snapshot.trainAccuracy
        case .testAccuracy: snapshot.testAccuracy
        case .trainLoss: snapshot.trainLoss
        case .testLoss: snapshot.testLoss
        }
    }

    public func isReached(by snapshot: TrainingSnapshot) -> Bool {
        guard let value = value(in: snapshot), value.isFinite else { return false }
        return metric.isAccuracy ? value >= goal : value <= goal
    }

    /// Whether `a` is closer to the goal than `b` (for runs that missed it).
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        guard a.isFinite else { return false }
        guard b.isFinite else { return true }
        return metric.isAccuracy ? a > b : a < b
    }

    /// "train accuracy ≥ 0.75".
    public var description: String {
        metric.rawValue.replacingOccurrences(of: "-", with: " ") + (metric.isAccuracy ? " ≥ " : " ≤ ") + "\(goal)"
    }
}
