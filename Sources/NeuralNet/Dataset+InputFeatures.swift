import Datasets

extension Dataset {
    /// The set with each example's two inputs replaced by `features` of them.
    func expanded(_ features: InputFeatures) -> Dataset {
        precondition(featureCount == 2, "input features are made from two inputs")
        var copy = self
        copy.featureCount = features.count
        copy.trainFeatures = features.expanding(trainFeatures)
        copy.testFeatures = features.expanding(testFeatures)
        return copy
    }
}
