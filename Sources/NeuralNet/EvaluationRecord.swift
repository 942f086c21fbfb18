/// One evaluation of the whole train and test sets.
public struct EvaluationRecord: Sendable, Hashable {
    public var step: Int
    public var epoch: Double
    public var seconds: Double
    public var trainLoss: Double
    public var testLoss: Double
    public var trainAccuracy: Double
    public var testAccuracy: Double
    /// Regression only (nil otherwise, so a classification record compares
    /// equal to itself; NaN without a test split, as the accuracies).
    public var trainRMSE: Double?
    public var testRMSE: Double?
    public var trainR2: Double?
    public var testR2: Double?

    public init(step: Int, epoch: Double, seconds: Double, trainLoss: Double, testLoss: Double,
                trainAccuracy: Double, testAccuracy: Double, trainRMSE: Double? = nil, testRMSE: Double? = nil,
                trainR2: Double? = nil, testR2: Double? = nil) {
        self.trainRMSE = trainRMSE
        self.testRMSE = testRMSE
        self.trainR2 = trainR2
        self.testR2 = testR2
        self.step = step
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
    }
}
