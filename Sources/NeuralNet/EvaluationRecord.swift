/// One evaluation of the whole train and test sets.
public struct EvaluationRecord: Sendable, Hashable {
    public var step: Int
    public var epoch: Double
    public var seconds: Double
    public var trainLoss: Double
    public var testLoss: Double
    public var trainAccuracy: Double
    public var testAccuracy: Double

    public init(step: Int, epoch: Double, seconds: Double, trainLoss: Double, testLoss: Double,
                trainAccuracy: Double, testAccuracy: Double) {
        self.step = step
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
    }
}
