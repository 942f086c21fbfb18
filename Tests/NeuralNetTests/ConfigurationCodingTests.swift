import Activations
import Datasets
import Foundation
import Testing
@testable import NeuralNet

/// The configuration's versioned JSON form: every preset and default, and
/// configurations with per-layer activations, parameters, PReLU and maxout,
/// come back equal; a bad file is refused with the reason.
struct ConfigurationCodingTests {
    static var samples: [TrainingConfiguration] {
        var mixed = TrainingConfiguration.commandLineDefault
        mixed.hiddenLayers = [
            HiddenLayer(units: 8, activation: try! LayerActivation(.leakyReLU, parameters: ["slope": 0.2])),
            HiddenLayer(units: 6, activation: .prelu(initialSlope: 0.1)),
            HiddenLayer(units: 4, activation: .maxout(pieces: 3)),
            HiddenLayer(units: 5, activation: try! LayerActivation(.swish, parameters: ["beta": 2])),
        ]
        mixed.dataset = .csv(path: "/tmp/data.csv", labelColumn: 2)
        mixed.initializer = .uniform(bound: 0.25)
        mixed.optimizer = .rmsprop
        mixed.learningRate = 0.0125
        mixed.weightDecay = 1e-4
        mixed.seed = 977
        var synthetic = TrainingConfiguration.explorerDefault
        synthetic.dataset = .synthetic(.gaussians, SyntheticParameters(count: 120, noise: 0.2, classes: 4))
        var regression = TrainingConfiguration.commandLineDefault
        regression.hiddenLayers = []
        regression.standardizeInputs = true
        return TrainingPreset.allCases.map(\.configuration) + [.commandLineDefault, .explorerDefault, mixed, synthetic, regression]
    }

    @Test(arguments: samples)
    func roundTrips(_ configuration: TrainingConfiguration) throws {
        let data = try JSONEncoder().encode(configuration)
        let decoded = try JSONDecoder().decode(TrainingConfiguration.self, from: data)
        #expect(decoded == configuration)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["version"] as? Int == configuration.minimumFormatVersion)
    }

    @Test func documentedExampleDecodes() throws {
        let text = """
            {
              "version": 1,
              "dataset": "spiral",
              "layers": [
                { "units": 32, "activation": "leaky-relu", "parameters": { "slope": 0.2 } },
                { "units": 32, "activation": "maxout", "pieces": 3 }
              ],
              "optimizer": "adam", "learningRate": 0.01
            }
            """
        let c = try JSONDecoder().decode(TrainingConfiguration.self, from: Data(text.utf8))
        #expect(c.dataset == .synthetic(.spiral))
        #expect(c.hiddenLayers.map(\.units) == [32, 32])
        #expect(c.hiddenLayers[1].activation == .maxout(pieces: 3))
        #expect(c.learningRate.value == 0.01)
        #expect(c.epochs == TrainingConfiguration().epochs)
    }

    @Test(arguments: [
        (#"{"version": 3, "dataset": "spiral", "layers": []}"#, "version 3"),
        (#"{"version": 1, "dataset": "spirl", "layers": [{"units": 4, "activation": "relu"}]}"#, "spiral"),
        (#"{"version": 1, "dataset": "xor", "layers": [{"units": 4, "activation": "leaky-relu", "parameters": {"slop": 1}}]}"#, "slope"),
        (#"{"version": 1, "dataset": "xor", "layers": [{"units": 4, "activation": "relu"}], "learningRate": -1}"#, "learning rate"),
        (#"{"version": 1, "dataset": "xor", "layers": [{"units": 4, "activation": "relu"}], "optimizer": "adm"}"#, "adam"),
        (#"{"version": 1, "layers": [{"units": 4, "activation": "relu"}]}"#, "dataset"),
        (#"{"version": 1, "dataset": "xor", "layers": [{"units": 0, "activation": "relu"}]}"#, "at least one unit"),
        (#"{"version": 1, "dataset": "xor", "labelColumn": 1, "layers": [{"units": 4, "activation": "relu"}]}"#, "csv"),
    ])
    func badFilesNameTheProblem(text: String, fragment: String) {
        do {
            _ = try JSONDecoder().decode(TrainingConfiguration.self, from: Data(text.utf8))
            Issue.record("decoded \(text)")
        } catch {
            #expect("\(error)".contains(fragment), "\(error)")
        }
    }
}
