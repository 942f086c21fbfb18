import Testing
@testable import Datasets

@Suite struct DatasetStandardizationTests {
    @Test func featuresAreZScoredByTheTrainingPartAlone() throws {
        let digits = try Dataset.load(.digits, seed: 5)
        let z = digits.standardized()
        let n = digits.featureCount, rows = digits.trainCount
        var checked = 0
        for column in 0..<n {
            let raw = (0..<rows).map { Double(digits.trainFeatures[$0 * n + column]) }
            let mean = raw.reduce(0, +) / Double(rows)
            let deviation = (raw.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(rows)).squareRoot()
            let values = (0..<rows).map { Double(z.trainFeatures[$0 * n + column]) }
            let newMean = values.reduce(0, +) / Double(rows)
            #expect(abs(newMean) < 1e-4, "column \(column)")
            guard deviation > 1e-12 else {
                // A constant column (a corner pixel that is always 0) is only centred.
                #expect(values.allSatisfy { abs($0) < 1e-6 })
                continue
            }
            let newDeviation = (values.map { $0 * $0 }.reduce(0, +) / Double(rows)).squareRoot()
            #expect(abs(newDeviation - 1) < 1e-4, "column \(column)")
            // The test part is moved by the training part's statistics, not its own.
            let test = Double(digits.testFeatures[column]), scaled = Double(z.testFeatures[column])
            #expect(abs(scaled - (test - mean) / deviation) < 1e-4)
            checked += 1
        }
        #expect(checked > 50)
        #expect(z.trainLabels == digits.trainLabels && z.testLabels == digits.testLabels)
    }
}
