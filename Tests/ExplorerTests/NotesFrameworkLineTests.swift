import Activations
@testable import Explorer
import NeuralNet
import Testing

/// The notes' Keras and PyTorch line describes the network being trained:
/// the highlighted layer's units and inputs, its activation with its
/// parameters, biases or not.
@Suite struct NotesFrameworkLineTests {
    func line(_ e: Explorer) -> String { NotesPane(explorer: e).frameworkLine }

    func snapshot(of e: Explorer, features: Int, layers: Int) -> TrainingSnapshot {
        var s = TrainingSnapshot()
        s.run = e.run
        s.featureCount = features
        s.layers = (0..<layers).map { _ in LayerDiagnostics() }
        return s
    }

    @Test func theLecturesLayerBeforeAndAfterItsFirstSnapshot() throws {
        var e = try Explorer(options: ExplorerOptions(preset: .lecture))
        #expect(line(e) == "Keras layers.Dense(1000, activation=\"sigmoid\", use_bias=False)  "
            + "PyTorch nn.LazyLinear(1000, bias=False), nn.Sigmoid()")
        _ = e.update(.training(snapshot(of: e, features: 64, layers: 1)))
        #expect(line(e).hasSuffix("PyTorch nn.Linear(64, 1000, bias=False), nn.Sigmoid()"))
    }

    @Test func followsTheActivationAndTheHighlightedLayer() throws {
        var e = try Explorer(options: ExplorerOptions())
        for key in try KeyNotation.parse("2") { _ = e.update(.key(key)) }
        _ = e.update(.training(snapshot(of: e, features: 2, layers: 2)))
        #expect(line(e) == "Keras layers.Dense(32), layers.LeakyReLU(negative_slope=0.01)  "
            + "PyTorch nn.Linear(2, 32), nn.LeakyReLU(negative_slope=0.01)")
        for key in try KeyNotation.parse("l") { _ = e.update(.key(key)) }
        #expect(line(e).hasSuffix("PyTorch nn.Linear(32, 32), nn.LeakyReLU(negative_slope=0.01)"))
        for key in try KeyNotation.parse("3") { _ = e.update(.key(key)) }
        _ = e.update(.training(snapshot(of: e, features: 2, layers: 2)))
        #expect(line(e).contains("layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))"))
        #expect(line(e).contains("nn.PReLU(num_parameters=32, init=0.25)"))
    }
}
