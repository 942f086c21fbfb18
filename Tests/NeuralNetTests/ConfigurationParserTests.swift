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
        #expect(message { _ = try ConfigurationParser.initializer("uniform:0") }?.contains("positive") == true)
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
        #expect(message { _ = try ConfigurationParser.hiddenSizes("0") }?.contains("at least one unit") == true)
        let layers = try ConfigurationParser.hiddenLayers(sizes: [], activations: [LayerActivation(.linear)])
        #expect(layers.isEmpty)
    }

    @Test func learningRateIsPositiveByConstruction() throws {
        for bad in [0, -1, Double.nan, .infinity] {
            #expect(throws: ConfigurationError.self) { _ = try LearningRate(bad) }
        }
        let rate: LearningRate = 0.01
        #expect(rate.scaled(by: 1e-9, within: 1e-6...100).value == 1e-6)
        #expect(rate.scaled(by: 1e9, within: 1e-6...100).value == 100)
    }
}
