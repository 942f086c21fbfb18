import Foundation
import Testing
@testable import Datasets

@Suite struct DatasetRegressionTests {
    @Test(arguments: SyntheticShape.allCases.filter { $0.task == .regression })
    func regressionSetsAreTheirFunctionPlusBoundedNoise(shape: SyntheticShape) throws {
        let data = try Dataset.load(.synthetic(shape), seed: 4)
        let parameters = SyntheticParameters.defaults(for: shape)
        #expect(data.task == .regression && data.classCount == 1 && data.featureCount == shape.inputCount)
        #expect(data.trainCount + data.testCount == parameters.count)
        #expect(data.trainTargets.count == data.trainCount && data.testTargets.count == data.testCount)
        let width = data.featureCount
        for row in 0..<data.trainCount {
            let x1 = Double(data.trainFeatures[row * width])
            let x2 = width == 2 ? Double(data.trainFeatures[row * width + 1]) : 0
            #expect(abs(x1) <= 1 && abs(x2) <= 1)
            let clean = SyntheticDatasets.target(shape, x1, x2)
            // Float storage adds a little to the 3σ bound.
            #expect(abs(Double(data.trainTargets[row]) - clean) <= 3 * parameters.noise + 1e-5)
        }
        #expect(try Dataset.load(.synthetic(shape), seed: 4) == data)
    }

    @Test func noiseZeroIsTheFunctionItself() throws {
        let data = try Dataset.load(.synthetic(.abs, SyntheticParameters(count: 50, noise: 0, classes: 1)), seed: 1)
        for (x, y) in zip(data.trainFeatures, data.trainTargets) { #expect(y == Float(abs(Double(x)))) }
    }

    private func load(_ text: String, task: LearningTask) throws -> Result<Dataset, DatasetError> {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let path = try directory.write(text, to: "data.csv")
        return Result { () throws(DatasetError) in
            try Dataset.load(.csv(path: path, labelColumn: nil), seed: 3, testFraction: 0.25, task: task)
        }
    }

    @Test func aLabelColumnOfFractionsIsRefusedForClassificationWithAHint() throws {
        let directory = try FixtureDirectory()
        defer { directory.remove() }
        let path = try directory.write("x,y,label\n1,2,3\n2,1,2.5\n4,4,1\n", to: "data.csv")
        let error = #expect(throws: DatasetError.self) {
            try Dataset.load(.csv(path: path, labelColumn: nil), seed: 3)
        }
        #expect(error?.description == "\(path): label column has non-integer values (2.5 on line 3); for regression use --task regression")
    }

    @Test func wholeNumbersAndTextLabelsStayClasses() throws {
        let whole = try load("1,2,3\n2,1,7\n4,4,3\n5,5,7\n", task: .classification).get()
        #expect(whole.classNames == ["3", "7"])
        // A column with a word in it is text: its values are names, not numbers.
        let text = try load("1,2,a\n2,1,2.5\n4,4,a\n5,5,2.5\n", task: .classification).get()
        #expect(text.classNames == ["2.5", "a"])
    }

    @Test func regressionReadsTheLastColumnAsTargets() throws {
        let data = try load("a,b,price\n1,2,10.5\n2,3,-2.25\n3,1,1e3\n4,4,0\n", task: .regression).get()
        #expect(data.task == .regression && data.classCount == 1 && data.featureCount == 2)
        #expect(data.trainCount == 3 && data.testCount == 1)
        #expect(Set(data.trainTargets + data.testTargets) == [10.5, -2.25, 1000, 0])
        let bad = try load("1,2,3\n2,3,many\n", task: .regression)
        guard case .failure(let error) = bad else { Issue.record("a word as a target loaded"); return }
        #expect(error.description.hasSuffix(":2: column 3 (--label-column 2): 'many' is not a finite number; a regression target must be one"))
    }
}
