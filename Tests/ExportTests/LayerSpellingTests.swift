import Activations
import Export
import NeuralNet
import Testing

/// The one-line spellings the explorer's notes show, for the kinds whose
/// script form is a helper as well as the built-in ones.
@Suite struct LayerSpellingTests {
    static func activation(_ kind: ActivationKind, _ parameters: [String: Double] = [:]) -> LayerActivation {
        try! LayerActivation(kind, parameters: parameters)
    }

    @Test func builtInsAndParameters() {
        #expect(LayerSpelling.pytorch(Self.activation(.elu, ["alpha": 0.5]), inputs: 64, units: 16, bias: true)
            == "nn.Linear(64, 16), nn.ELU(alpha=0.5)")
        #expect(LayerSpelling.keras(Self.activation(.elu, ["alpha": 0.5]), units: 16, bias: true)
            == "layers.Dense(16, activation=lambda x: keras.activations.elu(x, alpha=0.5))")
        #expect(LayerSpelling.keras(Self.activation(.tanh), units: 8, bias: false)
            == "layers.Dense(8, activation=\"tanh\", use_bias=False)")
    }

    @Test func helpersBecomeExpressions() {
        #expect(LayerSpelling.pytorch(Self.activation(.swish, ["beta": 2]), inputs: 2, units: 4, bias: true)
            == "nn.Linear(2, 4), then z * torch.sigmoid(2.0 * z)")
        #expect(LayerSpelling.pytorch(.maxout(pieces: 3), inputs: 2, units: 4, bias: true)
            == "nn.Linear(2, 12), then .view(-1, 3, 4).max(1).values")
        #expect(LayerSpelling.keras(Self.activation(.hardSigmoid), units: 4, bias: true)
            == "layers.Dense(4, activation=lambda x: ops.relu6(x + 3) / 6)")
        #expect(LayerSpelling.pytorch(Self.activation(.step), inputs: nil, units: 4, bias: true)
            == "nn.LazyLinear(4), then (torch.sign(z) + 1) / 2 (zero gradient)")
    }

    @Test(arguments: ActivationKind.allCases)
    func everyKindHasBothSpellings(_ kind: ActivationKind) {
        let layer = LayerActivation(kind)
        let torch = LayerSpelling.pytorch(layer, inputs: 3, units: 5, bias: true)
        let keras = LayerSpelling.keras(layer, units: 5, bias: true)
        #expect(torch.hasPrefix("nn.Linear(3, "))
        #expect(keras.hasPrefix("layers.Dense("))
        #expect(!torch.hasSuffix(", ") && !keras.contains("activation=)"))
    }
}
