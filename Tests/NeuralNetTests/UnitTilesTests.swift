import Activations
import Datasets
import Testing
@testable import NeuralNet

/// The network pane's per-unit data, against plain loops.
@Suite struct UnitTilesTests {
    /// One point through the hidden layers, one multiply-add at a time: each
    /// layer's outputs.
    static func referenceOutputs(_ network: Network, x: Double, y: Double) -> [[Double]] {
        var input = [x, y]
        var result: [[Double]] = []
        for layer in network.layers.dropLast() {
            var z = [Double](repeating: 0, count: layer.width)
            for j in 0..<layer.width {
                var sum = layer.bias.isEmpty ? 0 : Double(layer.bias[j])
                for i in 0..<layer.inputCount { sum += input[i] * Double(layer.weights[i * layer.width + j]) }
                z[j] = sum
            }
            var a = [Double](repeating: 0, count: layer.unitCount)
            for j in 0..<layer.unitCount {
                switch layer.function {
                case .activation(let activation): a[j] = activation.value(z[j])
                case .prelu: a[j] = z[j] > 0 ? z[j] : Double(layer.alpha[j]) * z[j]
                case .maxout(let pieces): a[j] = (0..<pieces).map { z[$0 * layer.unitCount + j] }.max()!
                default: a[j] = z[j]
                }
            }
            result.append(a)
            input = a
        }
        return result
    }

    @Test(arguments: ["relu,tanh,elu", "prelu,maxout"])
    func tilesMatchAPlainForwardPass(_ names: String) throws {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        let activations = try ConfigurationParser.layerActivations(names, parameters: [:])
        c.hiddenLayers = activations.enumerated().map { HiddenLayer(units: 3 + $0.offset, activation: $0.element) }
        c.seed = 5
        let dataset = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: dataset)
        for _ in 0..<20 { trainer.step() }
        let computed = trainer.unitTiles(columns: 7, rows: 5)
        let tiles = try #require(computed)
        #expect(tiles.unitCounts == c.hiddenSizes)
        for row in 0..<5 {
            for column in 0..<7 {
                let point = tiles.point(column: column, row: row)
                let expected = Self.referenceOutputs(trainer.network, x: Double(Float(point.x)), y: Double(Float(point.y)))
                for layer in expected.indices {
                    for unit in expected[layer].indices {
                        let got = Double(tiles.value(layer: layer, unit: unit, column: column, row: row))
                        #expect(abs(got - expected[layer][unit]) <= 1e-4 * max(1, abs(expected[layer][unit])),
                                "layer \(layer) unit \(unit) at (\(column), \(row))")
                    }
                }
            }
        }
        for layer in tiles.values.indices {
            let largest = tiles.values[layer].map { abs($0) }.max() ?? 0
            #expect(tiles.scales[layer] == largest)
        }
        // The grid's corners are the plane's, as the decision map's.
        trainer.evaluate()
        let map = try #require(trainer.snapshot().decisionMap)
        #expect(tiles.xRange == map.xRange && tiles.yRange == map.yRange)
    }

    @Test func anEvaluationSendsTilesStatesWeightsAndTestPoints() throws {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenSizes = [6, 4]
        let dataset = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: dataset)
        trainer.evaluate()
        let s = trainer.snapshot()
        #expect(s.unitTiles?.columns == Trainer.mapColumns && s.unitTiles?.rows == Trainer.mapRows && s.unitTiles?.unitCounts == [6, 4])
        #expect(s.layers.map(\.unitStates.count) == [6, 4])
        #expect(s.layers.map(\.unitHistograms.count) == [6, 4])
        #expect(s.layers[0].unitHistograms.allSatisfy { $0.counts.reduce(0, +) == dataset.trainCount })
        #expect(s.unitWeights.map(\.unitCount) == [6, 4])
        #expect(s.unitWeights[1].incoming(2).count == 6)
        #expect(Array(s.unitWeights[1].incoming(2)) == (0..<6).map { trainer.network.layers[1].weights[$0 * 4 + 2] })
        #expect(!(s.decisionMap?.testPoints.isEmpty ?? true))
        // The same pass: a tile's grid is the decision map's.
        var alone = trainer
        #expect(alone.unitTiles(columns: Trainer.mapColumns, rows: Trainer.mapRows) == s.unitTiles)
    }

    /// The live worker redraws the tiles only as often as it publishes: an
    /// evaluation told not to keeps the previous ones; off, there are none.
    @Test func anEvaluationCanKeepThePreviousTilesOrLeaveThemOut() throws {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenSizes = [5]
        var trainer = try Trainer(configuration: c, dataset: try Dataset.load(c.dataset, seed: c.seed))
        trainer.evaluate()
        let first = try #require(trainer.snapshot().unitTiles)
        for _ in 0..<30 { trainer.step() }
        trainer.refreshesUnitTiles = false
        trainer.evaluate()
        #expect(trainer.snapshot().unitTiles == first)
        trainer.refreshesUnitTiles = true
        trainer.evaluate()
        #expect(trainer.snapshot().unitTiles != first)
        trainer.drawsUnitTiles = false
        trainer.evaluate()
        #expect(trainer.snapshot().unitTiles == nil)
    }

    /// A unit whose bias sits far below zero never opens: dead, per unit.
    @Test func aUnitPushedBelowZeroIsMarkedDead() throws {
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenSizes = [4]
        let dataset = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: dataset)
        trainer.network.layers[0].bias[2] = -100
        trainer.evaluate()
        #expect(trainer.snapshot().layers[0].unitStates == [.alive, .alive, .dead, .alive])
    }

    @Test func digitsSendMisclassifiedExamplesAndFirstLayerWeights() throws {
        var c = TrainingConfiguration()
        c.dataset = .digits
        c.hiddenSizes = [70]
        let dataset = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: dataset)
        trainer.evaluate()
        let s = trainer.snapshot()
        #expect(s.unitTiles == nil)
        #expect(s.imageWidth == 8 && s.imageHeight == 8)
        #expect(s.unitWeights[0].unitCount == Trainer.weightUnitLimit && s.unitWeights[0].inputCount == 64)
        #expect(s.misclassified.count == Trainer.misclassifiedLimit)
        #expect(s.misclassified.allSatisfy { $0.label != $0.predicted && $0.features.count == 64 })
    }
}
