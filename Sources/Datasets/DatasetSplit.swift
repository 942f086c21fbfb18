/// A seeded, stratified train/test split: every class gives the same share
/// of its samples to the test set, so a small test set still covers every
/// class and the accuracy pane is not skewed by an unlucky draw.
struct DatasetSplit: Sendable {
    var trainFeatures: [Float] = []
    var trainLabels: [Int32] = []
    var testFeatures: [Float] = []
    var testLabels: [Int32] = []
    /// Regression targets, split with their rows (empty without targets).
    var trainTargets: [Float] = []
    var testTargets: [Float] = []

    /// `features` is row-major with `featureCount` columns; labels are in
    /// `0..<classCount`. Each class keeps at least one training sample.
    init(features: [Float], labels: [Int32], featureCount: Int, classCount: Int,
         testFraction: Double, seed: UInt64, targets: [Float] = []) {
        // A stream of its own, so the split does not shift when a generator
        // draws a different number of values for the points.
        var random = SeededRandom(seed: seed ^ Dataset.splitStreamSalt)
        var byClass = Array(repeating: [Int](), count: classCount)
        for (row, label) in labels.enumerated() {
            byClass[Int(label)].append(row)
        }
        var trainRows: [Int] = []
        var testRows: [Int] = []
        trainRows.reserveCapacity(labels.count)
        for rows in byClass where !rows.isEmpty {
            let order = random.permutation(rows.count)
            let wanted = Int((Double(rows.count) * testFraction).rounded())
            let testCount = min(wanted, rows.count - 1)
            for (position, pick) in order.enumerated() {
                if position < testCount {
                    testRows.append(rows[pick])
                } else {
                    trainRows.append(rows[pick])
                }
            }
        }
        // Interleave the classes; the trainer reshuffles, but a reader of the
        // arrays (or a first mini-batch) should not see one class at a time.
        trainRows = random.permutation(trainRows.count).map { trainRows[$0] }
        testRows = random.permutation(testRows.count).map { testRows[$0] }
        (trainFeatures, trainLabels) = Self.gather(trainRows, features, labels, featureCount)
        (testFeatures, testLabels) = Self.gather(testRows, features, labels, featureCount)
        if !targets.isEmpty {
            trainTargets = trainRows.map { targets[$0] }
            testTargets = testRows.map { targets[$0] }
        }
    }

    private static func gather(_ rows: [Int], _ features: [Float], _ labels: [Int32],
                               _ featureCount: Int) -> ([Float], [Int32]) {
        var outFeatures: [Float] = []
        outFeatures.reserveCapacity(rows.count * featureCount)
        var outLabels: [Int32] = []
        outLabels.reserveCapacity(rows.count)
        for row in rows {
            outFeatures.append(contentsOf: features[(row * featureCount)..<((row + 1) * featureCount)])
            outLabels.append(labels[row])
        }
        return (outFeatures, outLabels)
    }
}
