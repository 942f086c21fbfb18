import Activations
import Datasets
import Testing
@testable import NeuralNet

/// The paper's protocol: rates per activation, given or tuned; targets on
/// either split; every activation from its own start.
@Suite struct ActivationComparisonTests {
    private func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func learningRatesPerActivation() throws {
        #expect(try ConfigurationParser.learningRates("0.1").single == 0.1)
        let named = try ConfigurationParser.learningRates("relu=0.3, tanh = 0.2,sigmoid=2")
        #expect(named.single == nil)
        #expect(named.rate(for: .relu) == 0.3)
        #expect(named.rate(for: .tanh) == 0.2)
        #expect(named.rate(for: .sigmoid) == 2)
        #expect(named.rate(for: .elu) == nil)
        let mixed = try ConfigurationParser.learningRates("0.1,lrelu=0.3")
        #expect(mixed.rate(for: .leakyReLU) == 0.3)
        #expect(mixed.rate(for: .elu) == 0.1)
        #expect(message { _ = try ConfigurationParser.learningRates("relu=0.1,relu=0.2") }?.contains("more than one rate") == true)
        #expect(message { _ = try ConfigurationParser.learningRates("0.1,0.2") }?.contains("more than one rate") == true)
        #expect(message { _ = try ConfigurationParser.learningRates("relu=-1") }?.contains("positive") == true)
        #expect(message { _ = try ConfigurationParser.learningRates("rleu=0.1") }?.contains("relu") == true)
        #expect(message { _ = try ConfigurationParser.learningRates("relu=0.1,") } != nil)
    }

    @Test func learningRateGrids() throws {
        let list = try ConfigurationParser.learningRateGrid("0.1, 0.01,0.1,1")
        #expect(list.rates == [0.01, 0.1, 1])
        let range = try ConfigurationParser.learningRateGrid("0.01..10/7")
        #expect(range.rates.map(\.value) == [0.01, 0.0316, 0.1, 0.316, 1, 3.16, 10])
        for bad in ["1..0.1/3", "0.1..1/1", "0.1..1/51", "0.1..1", "0.1..x/3", "", "0.1,,1", "0,1"] {
            #expect(message { _ = try ConfigurationParser.learningRateGrid(bad) } != nil, "\(bad)")
        }
    }

    @Test func targetsOnEitherSplit() throws {
        var snapshot = TrainingSnapshot()
        snapshot.trainAccuracy = 0.8
        snapshot.trainLoss = 0.5
        #expect(try TrainingTarget(.trainAccuracy, 0.75).isReached(by: snapshot))
        #expect(try !TrainingTarget(.trainAccuracy, 0.85).isReached(by: snapshot))
        #expect(try TrainingTarget(.trainLoss, 0.6).isReached(by: snapshot))
        // No test evaluation: a test target is never met, not met by the training numbers.
        #expect(try !TrainingTarget(.testAccuracy, 0.5).isReached(by: snapshot))
        snapshot.trainLoss = .nan
        #expect(try !TrainingTarget(.trainLoss, 10).isReached(by: snapshot))
        #expect(message { _ = try TrainingTarget(.trainAccuracy, 0) } != nil)
        #expect(message { _ = try TrainingTarget(.testLoss, .infinity) } != nil)
    }

    @Test func aTargetOnAMissingSplitIsRefused() throws {
        var dataset = TestData.blobs()
        dataset.testFeatures = []
        dataset.testLabels = []
        let target = try TrainingTarget(.testAccuracy, 0.9)
        #expect(message { try target.check(against: dataset) }?.contains("--target-train-accuracy") == true)
        try TrainingTarget(.trainAccuracy, 0.9).check(against: dataset)
        let comparison = try ActivationComparison(base: TestData.configuration(hidden: [4], activation: "relu"),
                                                  activations: [LayerActivation(.relu)], rates: .configured,
                                                  target: target, repeats: 1, checksPerEpoch: 2)
        #expect(message { _ = try comparison.run(on: dataset) }?.contains("needs a test split") == true)
    }

    @Test func medianCountsMissedRunsAsSlowest() {
        #expect(RateTrial.median([3, 1, 2]) == 2)
        #expect(RateTrial.median([4, 1, 2, 3]) == 2.5)
        #expect(RateTrial.median([1, .infinity, .infinity]) == .infinity)
        #expect(RateTrial.median([1, 2, .infinity]) == 2)
        #expect(RateTrial.median([1, .infinity]) == .infinity)
    }

    @Test func theTuningRuleOrdersTrials() throws {
        let target = try TrainingTarget(.trainAccuracy, 0.9)
        func trial(_ rate: LearningRate, _ epochs: [Double?], final: Double = 0.5) -> RateTrial {
            var snapshot = TrainingSnapshot()
            snapshot.trainAccuracy = final
            return RateTrial(rate: rate, runs: epochs.map { TargetOutcome(epochs: $0, seconds: $0.map { $0 / 10 }, final: snapshot) })
        }
        #expect(trial(0.1, [1, 2, 3]).isFaster(than: trial(0.01, [2, 3, 4]), toward: target))
        #expect(!trial(0.1, [1, nil, nil]).isFaster(than: trial(0.01, [5, 6, nil]), toward: target))
        // Neither got there: the one closer to the goal at the end.
        #expect(trial(0.1, [nil, nil], final: 0.8).isFaster(than: trial(0.01, [nil, nil], final: 0.6), toward: target))
        #expect(!trial(0.1, [nil, nil], final: 0.6).isFaster(than: trial(0.01, [nil, nil], final: 0.8), toward: target))
        // Equal medians: the lower mean; never the seconds, which vary from run to run.
        #expect(trial(0.1, [1, 2, 2]).isFaster(than: trial(0.01, [2, 2, 3]), toward: target))
        var slowClock = trial(0.1, [1])
        slowClock.runs[0].seconds = 100
        #expect(!slowClock.isFaster(than: trial(0.01, [1]), toward: target))
        // A tie goes to the smaller rate.
        #expect(trial(0.01, [1]).isFaster(than: trial(0.1, [1]), toward: target))
    }

    @Test func tuningPicksTheFastestRate() throws {
        var base = TestData.configuration(hidden: [8], activation: "tanh", optimizer: .sgd, batch: 16)
        base.epochs = 15
        let target = try TrainingTarget(.trainAccuracy, 0.95)
        let comparison = try ActivationComparison(
            base: base, activations: [LayerActivation(.tanh)], rates: .tuned(try LearningRateGrid([1e-5, 0.01, 0.3])),
            target: target, repeats: 2, checksPerEpoch: 4)
        let row = try #require(try comparison.run(on: TestData.blobs()).rows.first)
        #expect(row.trials.map(\.rate) == [1e-5, 0.01, 0.3])
        // 1e-5 cannot move the weights far enough in 15 epochs.
        #expect(row.trials[0].reachedCount == 0)
        let fastest = try #require(row.trials.min { $0.medianEpochs < $1.medianEpochs })
        #expect(row.learningRate == fastest.rate)
        #expect(row.learningRate == 0.3, "\(row.trials.map { ($0.rate, $0.medianEpochs) })")
        #expect(row.runs.count == 2)
        for run in row.runs {
            // Stopped at the check that met the target.
            #expect(target.isReached(by: run.final))
            #expect(run.final.epoch == run.epochs)
        }
    }

    @Test func aRowDoesNotDependOnTheOtherActivationsOrTheirOrder() throws {
        var base = TestData.configuration(hidden: [8, 8], activation: "relu", optimizer: .sgd, batch: 16)
        base.epochs = 3
        base.initializer = .automatic
        let target = try TrainingTarget(.trainAccuracy, 0.99)
        func reluRow(_ kinds: [ActivationKind]) throws -> ComparisonRow {
            let comparison = try ActivationComparison(base: base, activations: kinds.map { LayerActivation($0) },
                                                      rates: .configured, target: target, repeats: 1, checksPerEpoch: 4)
            return try #require(try comparison.run(on: TestData.blobs()).rows.first { $0.activation.kind == .relu })
        }
        let first = try reluRow([.relu, .tanh])
        let second = try reluRow([.tanh, .relu])
        let alone = try reluRow([.relu])
        for other in [second, alone] {
            #expect(other.runs.map(\.epochs) == first.runs.map(\.epochs))
            #expect(other.runs.map(\.final.trainLoss) == first.runs.map(\.final.trainLoss))
        }
        // ReLU's start is He's draw from its seed, tanh's Glorot's: not one shared start.
        var relu = base
        relu.setActivation(LayerActivation(.relu))
        var tanh = base
        tanh.setActivation(LayerActivation(.tanh))
        let reluStart = try Trainer(configuration: relu, dataset: TestData.blobs()).initialNetwork
        let tanhStart = try Trainer(configuration: tanh, dataset: TestData.blobs()).initialNetwork
        #expect(reluStart.layers[0].weights != tanhStart.layers[0].weights)
        var leaky = base
        leaky.setActivation(LayerActivation(.leakyReLU))
        // …while Leaky ReLU resolves to He as ReLU does: the same start.
        #expect(try Trainer(configuration: leaky, dataset: TestData.blobs()).initialNetwork.layers[0].weights
                == reluStart.layers[0].weights)
    }

    @Test func givenRatesGoToTheirActivations() throws {
        var base = TestData.configuration(hidden: [4], activation: "relu", optimizer: .sgd)
        base.epochs = 1
        let rates = try ConfigurationParser.learningRates("relu=0.2,tanh=0.05")
        let comparison = try ActivationComparison(base: base, activations: [LayerActivation(.tanh), LayerActivation(.relu)],
                                                  rates: .given(rates), target: nil, repeats: 1, checksPerEpoch: 1)
        let rows = try comparison.run(on: TestData.blobs()).rows
        #expect(rows.map(\.learningRate) == [0.05, 0.2])
        #expect(rows.allSatisfy { $0.runs.first?.final.learningRate == $0.learningRate.value })
        #expect(message {
            _ = try ActivationComparison(base: base, activations: [LayerActivation(.elu)], rates: .given(rates), target: nil,
                                         repeats: 1, checksPerEpoch: 1)
        }?.contains("no rate for elu") == true)
    }

    @Test func maxoutsParametersAreCountedPerRow() throws {
        var base = TestData.configuration(hidden: [8], activation: "relu")
        base.epochs = 1
        let comparison = try ActivationComparison(base: base, activations: [LayerActivation(.relu), LayerActivation(.maxout)],
                                                  rates: .configured, target: nil, repeats: 1, checksPerEpoch: 1)
        let rows = try comparison.run(on: TestData.blobs()).rows
        // 4 inputs, 8 units, 3 classes: (4 + 1)·8 + (8 + 1)·3, maxout's hidden part twice.
        #expect(rows.map(\.parameterCount) == [67, 107])
    }

    @Test func stoppingReturnsTheFinishedRows() throws {
        var base = TestData.configuration(hidden: [4], activation: "relu")
        base.epochs = 2
        let comparison = try ActivationComparison(
            base: base, activations: [LayerActivation(.relu), LayerActivation(.tanh), LayerActivation(.elu)],
            rates: .configured, target: nil, repeats: 1, checksPerEpoch: 1)
        var steps = 0
        // Stop a few steps into the second activation.
        let stepsPerRun = 2 * TestData.blobs().trainCount / 16
        let result = try comparison.run(on: TestData.blobs(), shouldStop: {
            steps += 1
            return steps > stepsPerRun + 3
        })
        #expect(result.interrupted)
        #expect(result.rows.map(\.activation.kind) == [.relu])
    }
}
