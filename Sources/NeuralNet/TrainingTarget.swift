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
        /// Regression's root mean squared error and R².
        case trainRMSE = "train-rmse"
        case testRMSE = "test-rmse"
        case trainR2 = "train-r2"
        case testR2 = "test-r2"

        public var isOnTestSplit: Bool { [.testAccuracy, .testLoss, .testRMSE, .testR2].contains(self) }
        public var isAccuracy: Bool { self == .trainAccuracy || self == .testAccuracy }
        /// Accuracy and R² are reached from below; losses and RMSE from above.
        public var isHigherBetter: Bool { isAccuracy || self == .trainR2 || self == .testR2 }
        /// The metric exists for classification only, regression only, or both (nil).
        public var task: LearningTask? {
            switch self {
            case .trainAccuracy, .testAccuracy: .classification
            case .trainRMSE, .testRMSE, .trainR2, .testR2: .regression
            case .trainLoss, .testLoss: nil
            }
        }
        /// The option that sets it: the test split's has no split in its
        /// name (`--target-rmse`), the training split's does.
        public var option: String {
            isOnTestSplit ? "--target-" + rawValue.dropFirst("test-".count) : "--target-\(rawValue)"
        }
        /// The same metric on the training split.
        var onTrainingSplit: Metric {
            switch self {
            case .testAccuracy: .trainAccuracy
            case .testLoss: .trainLoss
            case .testRMSE: .trainRMSE
            case .testR2: .trainR2
            default: self
            }
        }
    }

    public let metric: Metric
    public let goal: Double

    /// Throws for an accuracy outside (0, 1] or a loss that is not positive and finite.
    public init(_ metric: Metric, _ goal: Double) throws(ConfigurationError) {
        if metric.isAccuracy {
            guard goal > 0, goal <= 1 else { throw ConfigurationError("\(metric.option) must be in (0, 1] (got \(goal))") }
        } else if metric.isHigherBetter {
            guard goal.isFinite, goal <= 1 else { throw ConfigurationError("\(metric.option) must be a number up to 1 (got \(goal))") }
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
        if let task = metric.task, task != dataset.task {
            let instead = dataset.task == .regression ? "--target-rmse or --target-r2" : "--target-accuracy"
            throw ConfigurationError("\(metric.option) is a \(task.rawValue) target, and '\(dataset.name)' is a "
                + "\(dataset.task.rawValue) set; use \(instead) (or a loss)")
        }
        if metric.isOnTestSplit && dataset.testCount == 0 {
            throw ConfigurationError("\(metric.option) needs a test split, and '\(dataset.name)' has none here "
                + "(--test-fraction 0?); use \(metric.onTrainingSplit.option) instead")
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
        case .trainRMSE: snapshot.trainRMSE
        case .testRMSE: snapshot.testRMSE
        case .trainR2: snapshot.trainR2
        case .testR2: snapshot.testR2
        }
    }

    public func isReached(by snapshot: TrainingSnapshot) -> Bool {
        guard let value = value(in: snapshot), value.isFinite else { return false }
        return metric.isHigherBetter ? value >= goal : value <= goal
    }

    /// Whether `a` is closer to the goal than `b` (for runs that missed it).
    public func isBetter(_ a: Double, than b: Double) -> Bool {
        guard a.isFinite else { return false }
        guard b.isFinite else { return true }
        return metric.isHigherBetter ? a > b : a < b
    }

    /// "train accuracy ≥ 0.75".
    public var description: String {
        metric.rawValue.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "rmse", with: "RMSE")
            .replacingOccurrences(of: "r2", with: "R²") + (metric.isHigherBetter ? " ≥ " : " ≤ ") + "\(goal)"
    }
}
