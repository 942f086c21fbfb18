extension Dataset {
    /// The set with every feature z-scored (mean 0, standard deviation 1)
    /// by the training part's statistics, applied to both parts, so nothing
    /// is learned from the test set. SELU's self-normalisation assumes such
    /// inputs.
    public func standardized() -> Dataset {
        var copy = self
        Self.standardize(train: &copy.trainFeatures, test: &copy.testFeatures, featureCount: featureCount)
        return copy
    }

    /// z-scores every column of `train` and `test` (row-major,
    /// `featureCount` columns) with `train`'s mean and standard deviation.
    /// A constant column carries no information and is only centred.
    static func standardize(train: inout [Float], test: inout [Float], featureCount: Int) {
        guard featureCount > 0 else { return }
        let rows = train.count / featureCount
        guard rows > 0 else { return }
        var mean = [Double](repeating: 0, count: featureCount)
        var squares = [Double](repeating: 0, count: featureCount)
        for row in 0..<rows {
            for column in 0..<featureCount {
                mean[column] += Double(train[row * featureCount + column])
            }
        }
        for column in 0..<featureCount { mean[column] /= Double(rows) }
        for row in 0..<rows {
            for column in 0..<featureCount {
                let d = Double(train[row * featureCount + column]) - mean[column]
                squares[column] += d * d
            }
        }
        let scale = squares.map { sum -> Double in
            let deviation = (sum / Double(rows)).squareRoot()
            return deviation > 1e-12 ? 1 / deviation : 1
        }
        func apply(_ values: inout [Float]) {
            for i in values.indices {
                let column = i % featureCount
                values[i] = Float((Double(values[i]) - mean[column]) * scale[column])
            }
        }
        apply(&train)
        apply(&test)
    }
}
