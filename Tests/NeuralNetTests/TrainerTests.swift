import Datasets
import Activations
import Testing
@testable import NeuralNet

@Suite struct TrainerTests {
    @Test func smallNetworkLearnsXOR() throws {
        var c = TestData.configuration(hidden: [8], activation: "tanh", optimizer: .adam, learningRate: 0.05, batch: 0)
        c.epochs = 400
        var trainer = try Trainer(configuration: c, dataset: TestData.xor)
        for _ in 0..<400 { trainer.step() }
        trainer.evaluate()
        let snapshot = trainer.snapshot()
        #expect(snapshot.trainAccuracy == 1)
        #expect((snapshot.trainLoss ?? 1) < 0.1)
    }

    @Test func reluLearnsDigitsToNinetyFivePercent() throws {
        let dataset = try Dataset.load("digits", seed: 11)
        var c = TestData.configuration(hidden: [64], activation: "relu", optimizer: .adam, learningRate: 0.005, batch: 32)
        c.epochs = 6
        var trainer = try Trainer(configuration: c, dataset: dataset)
        while !trainer.isFinished { trainer.step() }
        trainer.evaluate()
        #expect((trainer.snapshot().testAccuracy ?? 0) >= 0.95)
    }

    @Test func aNetworkWithoutHiddenLayersIsSoftmaxRegression() throws {
        var c = TestData.configuration(hidden: [], activation: "relu", optimizer: .adam, learningRate: 0.05, batch: 0)
        c.epochs = 200
        var trainer = try Trainer(configuration: c, dataset: TestData.blobs())
        // Inputs times classes, plus a bias per class: nothing else to learn.
        #expect(trainer.network.parameterCount == (4 + 1) * 3)
        while !trainer.isFinished { trainer.step() }
        trainer.evaluate()
        let snapshot = trainer.snapshot()
        #expect(snapshot.layers.isEmpty)
        #expect((snapshot.trainAccuracy ?? 0) >= 0.95, "\(snapshot.trainAccuracy ?? 0)")
        #expect(snapshot.outputGradientNorm > 0)
    }

    @Test func deadUnitsAreCounted() throws {
        // Inputs are all positive; unit 0 has negative weights and a large
        // negative bias, so its ReLU never fires. Units 1…3 always fire.
        var dataset = TestData.blobs(featureCount: 3)
        dataset.trainFeatures = dataset.trainFeatures.map { abs($0) + 0.1 }
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [4], activation: "relu"), dataset: dataset)
        for input in 0..<3 {
            for unit in 0..<4 { trainer.network.layers[0].weights[input * 4 + unit] = unit == 0 ? -1 : 1 }
        }
        trainer.network.layers[0].bias = [-10, 1, 1, 1]
        trainer.evaluate()
        let layer = try #require(trainer.snapshot().layers.first)
        #expect(layer.deadShare == 0.25)
        // ReLU has no tail where its slope vanishes: dead, never saturated.
        #expect(layer.saturatedShare == 0)
        #expect(layer.stuckShare == 0)
        // The same unit never has a positive input (what the dead-relu claim counts).
        #expect(trainer.neverPositiveShares() == [0.25])
    }

    @Test func leakyUnitsWithNegativeInputsAreStuckNotDead() throws {
        // The same net with Leaky ReLU: unit 0's input is negative on every
        // example, but its slope there is 0.01, so it learns: stuck.
        var dataset = TestData.blobs(featureCount: 3)
        dataset.trainFeatures = dataset.trainFeatures.map { abs($0) + 0.1 }
        for kind in ["leaky-relu", "prelu"] {
            var trainer = try Trainer(configuration: TestData.configuration(hidden: [4], activation: kind), dataset: dataset)
            for input in 0..<3 {
                for unit in 0..<4 { trainer.network.layers[0].weights[input * 4 + unit] = unit == 0 ? -1 : 1 }
            }
            trainer.network.layers[0].bias = [-10, 1, 1, 1]
            trainer.evaluate()
            let layer = try #require(trainer.snapshot().layers.first)
            #expect(layer.deadShare == 0, "\(kind)")
            #expect(layer.stuckShare == 0.25, "\(kind)")
            #expect(layer.saturatedShare == 0, "\(kind): a constant small slope is not saturation")
        }
    }

    @Test func aSigmoidUnitWhoseSlopeUnderflowsIsSaturatedNotDead() throws {
        // A bias of −200 puts unit 0 far in sigmoid's left tail, where σ′
        // is 0 in Float: saturated, as the plot shades it, and not dead.
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [3], activation: "sigmoid"),
                                  dataset: TestData.blobs(featureCount: 3))
        trainer.network.layers[0].weights = [Float](repeating: 0, count: 9)
        trainer.network.layers[0].bias = [-200, 0, 8]
        trainer.evaluate()
        let layer = try #require(trainer.snapshot().layers.first)
        #expect(layer.deadShare == 0)
        #expect(abs(layer.saturatedShare - 2.0 / 3) < 1e-12, "units 0 and 2 are in a tail, unit 1 at σ′(0)")
    }

    @Test func hugeSigmoidWeightsSaturate() throws {
        var c = TestData.configuration(hidden: [16, 16], activation: "sigmoid")
        c.initializer = .normal(standardDeviation: 100)
        var trainer = try Trainer(configuration: c, dataset: TestData.blobs())
        trainer.evaluate()
        let layers = trainer.snapshot().layers
        #expect(layers.count == 2)
        #expect(layers.allSatisfy { $0.saturatedShare >= 0.9 }, "\(layers.map(\.saturatedShare))")

        var calm = c
        calm.initializer = .glorotUniform
        var normal = try Trainer(configuration: calm, dataset: TestData.blobs())
        normal.evaluate()
        #expect(normal.snapshot().layers.allSatisfy { $0.saturatedShare <= 0.1 }, "\(normal.snapshot().layers.map(\.saturatedShare))")
    }

    @Test func standardizedInputsAreTheTrainersAndARestartCanDropThem() throws {
        let dataset = try Dataset.load("digits", seed: 11)
        var c = TestData.configuration(hidden: [8], activation: "selu")
        c.standardizeInputs = true
        let trainer = try Trainer(configuration: c, dataset: dataset)
        #expect(trainer.dataset == dataset.standardized())
        c.standardizeInputs = false
        let plain = try trainer.restarted(with: c)
        #expect(plain.dataset == dataset)
        // Same weights either way: only the inputs changed.
        #expect(plain.initialNetwork.layers[0].weights == trainer.initialNetwork.layers[0].weights)
    }

    @Test func zeroInitialisationKeepsHiddenUnitsIdentical() throws {
        var c = TestData.configuration(hidden: [5], activation: "sigmoid")
        c.initializer = .zeros
        var trainer = try Trainer(configuration: c, dataset: TestData.blobs())
        for _ in 0..<30 { trainer.step() }
        let hidden = trainer.network.layers[0]
        let output = trainer.network.layers[1]
        // Incoming weights: every column the same. Outgoing: every row the same.
        for input in 0..<hidden.inputCount {
            let row = hidden.weights[(input * 5)..<(input * 5 + 5)]
            #expect(Set(row).count == 1)
        }
        for unit in 1..<5 {
            #expect(Array(output.weights[(unit * 3)..<(unit * 3 + 3)]) == Array(output.weights[0..<3]))
        }
        // …and the output layer did learn something, so this is not a frozen net.
        #expect(output.weights.contains { $0 != 0 })
    }

    @Test func deepLinearNetworkIsOneMatrix() throws {
        var c = TestData.configuration(hidden: [6, 5, 4], activation: "linear")
        c.useBias = false
        c.initializer = .normal(standardDeviation: 0.5)
        let dataset = TestData.blobs(featureCount: 4)
        var trainer = try Trainer(configuration: c, dataset: dataset)
        for _ in 0..<5 { trainer.step() }
        // The product of the weight matrices, in Double.
        var product: [[Double]] = (0..<4).map { i in (0..<4).map { $0 == i ? 1.0 : 0.0 } }
        for layer in trainer.network.layers {
            let width = layer.width
            product = product.map { row in
                (0..<width).map { j in (0..<layer.inputCount).reduce(0.0) { $0 + row[$1] * Double(layer.weights[$1 * width + j]) } }
            }
        }
        let workspace = NetworkWorkspace(layers: trainer.network.layers, rows: 8, path: .reference, threads: 1)
        for i in 0..<(8 * 4) { workspace.input.pointer[i] = dataset.trainFeatures[i] }
        trainer.network.forward(rows: 8, workspace: workspace)
        let logits = workspace.preactivations[3].pointer
        for row in 0..<8 {
            for column in 0..<3 {
                let expected = (0..<4).reduce(0.0) { $0 + Double(dataset.trainFeatures[row * 4 + $1]) * product[$1][column] }
                #expect(abs(Double(logits[row * 3 + column]) - expected) <= 1e-4 * max(1, abs(expected)))
            }
        }
    }

    @Test(arguments: ActivationKind.allCases.map(\.rawValue))
    func absurdLearningRateDivergesWithAReason(activation: String) throws {
        var c = TestData.configuration(hidden: [8, 8], activation: activation, learningRate: 1e3, batch: 8)
        c.epochs = 50
        var trainer = try Trainer(configuration: c, dataset: TestData.blobs())
        for _ in 0..<300 where !trainer.hasDiverged { trainer.step() }
        trainer.evaluate()
        guard case .diverged(let reason) = trainer.snapshot().state else {
            Issue.record("\(activation) did not diverge; batch loss \(trainer.batchLoss ?? -1)")
            return
        }
        #expect(reason.contains("step"))
        #expect(reason.contains("layer"))
        // A diverged run refuses to move on.
        let steps = trainer.stepCount
        trainer.step()
        #expect(trainer.stepCount == steps)
    }

    @Test func sameSeedGivesIdenticalRuns() throws {
        let c = TestData.configuration(hidden: [8], activation: "elu", optimizer: .momentum, learningRate: 0.05, batch: 10)
        var first = try Trainer(configuration: c, dataset: TestData.blobs())
        var second = try Trainer(configuration: c, dataset: TestData.blobs())
        for _ in 0..<25 {
            first.step()
            second.step()
        }
        first.evaluate()
        second.evaluate()
        #expect(first.network.layers.map(\.weights) == second.network.layers.map(\.weights))
        #expect(first.snapshot().trainLoss == second.snapshot().trainLoss)
        var other = c
        other.seed = 12
        var third = try Trainer(configuration: other, dataset: TestData.blobs())
        for _ in 0..<25 { third.step() }
        #expect(third.network.layers.map(\.weights) != first.network.layers.map(\.weights))
    }

    @Test func restartWithAnotherActivationStartsFromTheSameWeightsAndOrder() throws {
        var c = TestData.configuration(hidden: [8, 8], activation: "relu", batch: 10)
        c.initializer = .glorotUniform
        var trainer = try Trainer(configuration: c, dataset: TestData.blobs())
        for _ in 0..<7 { trainer.step() }
        var tanh = c
        tanh.setActivation(LayerActivation(.tanh))
        tanh.learningRate = 0.01
        let restarted = try trainer.restarted(with: tanh)
        #expect(restarted.stepCount == 0)
        #expect(restarted.network.layers.map(\.weights) == trainer.initialNetwork.layers.map(\.weights))
        let fresh = try Trainer(configuration: c, dataset: TestData.blobs())
        #expect(restarted.order == fresh.order)
        #expect(restarted.learningRate == 0.01)
    }

    @Test func underAutomaticInitEveryActivationGetsItsOwnWeights() throws {
        // auto: He for ReLU and Leaky ReLU (the same draw), Glorot for tanh,
        // LeCun for SELU; the data order stays the seed's either way.
        let relu = TestData.configuration(hidden: [8, 8], activation: "relu", batch: 10)
        #expect(relu.initializer == .automatic)
        let trainer = try Trainer(configuration: relu, dataset: TestData.blobs())
        func weights(_ kind: ActivationKind) throws -> [[Float]] {
            var c = relu
            c.setActivation(LayerActivation(kind))
            let restarted = try trainer.restarted(with: c)
            #expect(restarted.order == trainer.order)
            #expect(restarted.network.layers.map(\.weights) == (try Trainer(configuration: c, dataset: TestData.blobs())).network.layers.map(\.weights),
                    "a restart draws what a fresh run of \(kind) draws")
            return restarted.network.layers.map(\.weights)
        }
        let initial = trainer.initialNetwork.layers.map(\.weights)
        #expect(try weights(.leakyReLU) == initial)
        #expect(try weights(.tanh) != initial)
        #expect(try weights(.selu) != initial)
    }

    @Test func fastPathMatchesReferenceAfterAnEpoch() throws {
        let dataset = try Dataset.load("digits", seed: 2)
        let c = TestData.configuration(hidden: [32], activation: "tanh", learningRate: 0.05, batch: 64)
        var fast = try Trainer(configuration: c, dataset: dataset, computePath: .fast)
        var reference = try Trainer(configuration: c, dataset: dataset, computePath: .reference)
        fast.runEpoch()
        reference.runEpoch()
        #expect(fast.completedEpochs == 1 && reference.completedEpochs == 1)
        for (a, b) in zip(fast.network.layers, reference.network.layers) {
            var difference = 0.0, size = 0.0
            for (x, y) in zip(a.weights, b.weights) {
                difference += Double(x - y) * Double(x - y)
                size += Double(y) * Double(y)
            }
            #expect((difference / size).squareRoot() <= 1e-5)
        }
        let lossFast = try #require(fast.snapshot().trainLoss), lossReference = try #require(reference.snapshot().trainLoss)
        #expect(abs(lossFast - lossReference) <= 1e-5 * lossReference)
    }

    @Test func historyStaysBounded() throws {
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [4], activation: "relu", batch: 90),
                                  dataset: TestData.blobs())
        for _ in 0..<(Trainer.historyLimit + 10) { trainer.evaluate() }
        let history = trainer.snapshot().history
        #expect(history.count <= Trainer.historyLimit)
        #expect(history.count >= Trainer.historyLimit / 2)
    }
}
