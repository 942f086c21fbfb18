import Activations
import Datasets
import Foundation
import Testing
@testable import NeuralNet

/// Text into configuration types: one parser, one-line errors that name the
/// bad token and the closest valid names.
struct ConfigurationParserTests {
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func unknownActivationParameterIsRefusedWithTheClosestName() {
        let text = message { _ = try ConfigurationParser.layerActivations("leaky-relu", parameters: ["slop": 0.2]) }
        #expect(text == "unknown parameter 'slop' for leaky-relu; did you mean: slope?")
        #expect(text.map { !$0.contains("\n") } == true)
    }

    @Test func parametersGoToEveryLayerThatHasThem() throws {
        let layers = try ConfigurationParser.layerActivations("leaky-relu,tanh,elu", parameters: ["slope": 0.2, "alpha": 0.5])
        #expect(layers.map(\.kind) == [.leakyReLU, .tanh, .elu])
        #expect(layers[0].changedParameters == ["slope": 0.2])
        #expect(layers[1].changedParameters == [:])
        #expect(layers[2].changedParameters == ["alpha": 0.5])
        // A parameter that no listed activation has is refused.
        #expect(message { _ = try ConfigurationParser.layerActivations("relu,tanh", parameters: ["alpha": 1]) } != nil)
    }

    @Test func preluTakesItsStartingSlopeAndMaxoutItsPieces() throws {
        #expect(try ConfigurationParser.layerActivations("prelu", parameters: ["alpha": 0.1]) == [.prelu(initialSlope: 0.1)])
        #expect(try ConfigurationParser.layerActivations("maxout", maxoutPieces: 3) == [.maxout(pieces: 3)])
        #expect(message { _ = try ConfigurationParser.layerActivations("maxout", parameters: ["w1": 2]) }?.contains("--maxout-pieces") == true)
        #expect(message { _ = try ConfigurationParser.layerActivations("relu", maxoutPieces: 3) } != nil)
    }

    @Test func paramForms() throws {
        #expect(try ConfigurationParser.parameters(["a=1,b=2"]) == ["a": 1, "b": 2])
        #expect(try ConfigurationParser.parameters(["a=1", "b=2"]) == ["a": 1, "b": 2])
        #expect(try ConfigurationParser.parameters(["a = 1 , b=2 "]) == ["a": 1, "b": 2])
        for bad in [["a"], ["a=x"], ["=1"], ["a=1,a=2"], ["a=inf"], ["a=1,"]] {
            #expect(message { _ = try ConfigurationParser.parameters(bad) } != nil, "\(bad)")
        }
    }

    @Test func closedSetsSuggestTheClosestName() {
        #expect(message { let _: OptimizerKind = try ConfigurationParser.optimizer("adm") }?.hasPrefix("unknown optimizer 'adm'; did you mean: adam") == true)
        #expect(message { _ = try ConfigurationParser.preset("lectur") } == "unknown preset 'lectur'; did you mean: lecture?")
        #expect(message { _ = try ConfigurationParser.dataset("spirl") } == "unknown dataset 'spirl'; did you mean: spiral?")
        #expect(message { _ = try ConfigurationParser.initializer("he-normall") }?.contains("he-normal") == true)
        #expect(message { _ = try ConfigurationParser.activationKind("sigmod") }?.contains("sigmoid") == true)
    }

    @Test func initializerSpellings() throws {
        #expect(try ConfigurationParser.initializer("Xavier") == .glorotUniform)
        #expect(try ConfigurationParser.initializer("uniform:0.5") == .uniform(bound: 0.5))
        #expect(try ConfigurationParser.initializer("normal:2") == .normal(standardDeviation: 2))
        // The message names the parameter that is wrong, not the initialiser.
        #expect(message { _ = try ConfigurationParser.initializer("uniform:0") }
            == "initializer 'uniform:0': the bound B of uniform:B must be a positive number, got '0'")
        #expect(message { _ = try ConfigurationParser.initializer("normal:-1") }
            == "initializer 'normal:-1': the standard deviation S of normal:S must be a positive number, got '-1'")
        #expect(try ConfigurationParser.initializer("uniform: 0.5") == .uniform(bound: 0.5))
    }

    @Test func cellSizesTakeTheMultiplicationSignTheREADMEWrites() {
        for text in ["80x24", "80X24", "80×24", " 80 × 24 "] {
            #expect(ConfigurationParser.cellSize(text).map { [$0.width, $0.height] } == [80, 24], "\(text)")
        }
        for text in ["80", "80x", "x24", "80x24x2", "eightyx24", "80*24"] {
            #expect(ConfigurationParser.cellSize(text) == nil, "\(text)")
        }
    }

    @Test func memoryLimitsTakeABinaryUnit() throws {
        let cases: [(String, Double)] = [("512M", 0x1p29), ("2G", 0x1p31), ("2g", 0x1p31), ("1.5GiB", 1.5 * 0x1p30),
                                         ("800KB", 800 * 1024), ("1T", 0x1p40), (" 64 M ", 64 * 0x1p20)]
        for (text, bytes) in cases {
            let budget = try ConfigurationParser.memoryLimit(text)
            #expect(budget.limit.bytes == bytes, "\(text)")
            #expect(budget.origin == .option)
        }
        for text in ["2048", "2X", "G", "-1G", "0M", "nanG", "infG", "1e400G", ""] {
            #expect(message { _ = try ConfigurationParser.memoryLimit(text) }?.hasPrefix("--memory-limit") == true, "\(text)")
        }
    }

    @Test func datasetSpecsRoundTripThroughTheirText() throws {
        for text in ["spiral", "spiral:n=800", "xor:noise=0.3", "gaussians:classes=4,n=100", "digits", "mnist:/data/mnist", "csv:/tmp/a.csv"] {
            let spec = try DatasetSpec(parsing: text)
            #expect(try DatasetSpec(parsing: spec.description) == spec, "\(text) → \(spec)")
        }
        #expect(try DatasetSpec(parsing: "SPIRAL:n=400").description == "spiral")
    }

    @Test func noHiddenLayerIsSpelledNoneOrNothing() throws {
        #expect(try ConfigurationParser.hiddenSizes("none") == [])
        #expect(try ConfigurationParser.hiddenSizes(" ") == [])
        #expect(try ConfigurationParser.hiddenSizes("64,32") == [64, 32])
        #expect(try ConfigurationParser.hiddenSizes("0") == [])
        #expect(message { _ = try ConfigurationParser.hiddenSizes("8,0") }?.contains("at least one unit") == true)
        let layers = try ConfigurationParser.hiddenLayers(sizes: [], activations: [LayerActivation(.linear)])
        #expect(layers.isEmpty)
    }

    @Test func learningRateIsPositiveByConstruction() throws {
        for bad in [0, -1, Double.nan, .infinity] {
            #expect(throws: ConfigurationError.self) { _ = try LearningRate(bad) }
        }
        // Positive, but 0 once rounded to Float32: it would train nothing.
        // (A variable: `LearningRate(literal)` would be the literal initialiser.)
        let tiny = Double.leastNonzeroMagnitude  // 5e-324
        #expect(message { _ = try LearningRate(tiny) }
            == "the learning rate 5e-324 is 0 in Float32, the precision the weights are trained in (the smallest positive Float32 is 1.4e-45)")
        let smallest = 1.5e-45
        #expect(try LearningRate(smallest).value == smallest)
        let rate: LearningRate = 0.01
        #expect(rate.scaled(by: 1e-9, within: 1e-6...100).value == 1e-6)
        #expect(rate.scaled(by: 1e9, within: 1e-6...100).value == 100)
    }

    @Test func zeroOrNoneIsANetworkWithoutHiddenLayers() throws {
        #expect(try ConfigurationParser.hiddenSizes("0") == [])
        #expect(try ConfigurationParser.hiddenSizes(" None ") == [])
        #expect(try ConfigurationParser.hiddenLayers(sizes: [], activations: [LayerActivation(.relu)]) == [])
        #expect(try ConfigurationParser.hiddenSizes("") == [])
        #expect(message { _ = try ConfigurationParser.hiddenSizes("8,0") }?.contains("at least one unit") == true)
    }
}
