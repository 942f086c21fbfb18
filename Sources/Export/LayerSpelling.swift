import Activations
import NeuralNet

/// One hidden layer in a line of PyTorch or Keras, as the explorer's notes
/// show it: the layer's units, its activation with its parameters, biases
/// or not. The same spellings the exported scripts use; where a script
/// defines a helper, the line gives the expression.
public enum LayerSpelling {
    /// `nn.Linear(2, 32), nn.LeakyReLU(negative_slope=0.2)`; with `inputs`
    /// unknown, `nn.LazyLinear(32)` (PyTorch infers the inputs).
    public static func pytorch(_ activation: LayerActivation, inputs: Int?, units: Int, bias: Bool) -> String {
        let biasText = bias ? "" : ", bias=False"
        func linear(_ width: Int) -> String {
            inputs.map { "nn.Linear(\($0), \(width)\(biasText))" } ?? "nn.LazyLinear(\(width)\(biasText))"
        }
        if case .maxout(let pieces) = activation {
            return linear(units * pieces) + ", then .view(-1, \(pieces), \(units)).max(1).values"
        }
        let spelling = PyTorchActivation(activation, units: units)
        if spelling.helper == nil, let module = spelling.module { return linear(units) + ", " + module }
        guard case .activation(let f) = activation else { return linear(units) }
        let expression: String = switch f.kind {
        case .step: "(torch.sign(z) + 1) / 2 (zero gradient)"
        case .sign: "torch.sign(z) (zero gradient)"
        case .piecewiseLinear: "torch.clamp(z + 0.5, 0, 1)"
        case .swish: "z * torch.sigmoid(\(PythonLiteral.float(f[parameter: "beta"] ?? 1)) * z)"
        default: spelling.module ?? ""
        }
        return linear(units) + ", then " + expression
    }

    /// `layers.Dense(32, activation="relu")`, `layers.Dense(32), layers.PReLU(…)`.
    public static func keras(_ activation: LayerActivation, units: Int, bias: Bool) -> String {
        let biasText = bias ? "" : ", use_bias=False"
        if case .maxout(let pieces) = activation {
            return "layers.Dense(\(units * pieces)\(biasText)), then ops.max(ops.reshape(z, (-1, \(pieces), \(units))), axis=1)"
        }
        let spelling = KerasActivation(activation)
        if let layer = spelling.layer {
            return "layers.Dense(\(units)\(biasText)), " + layer
        }
        guard let argument = spelling.argument else { return "layers.Dense(\(units)\(biasText))" }
        guard spelling.helper != nil, case .activation(let f) = activation else {
            return "layers.Dense(\(units), activation=\(argument)\(biasText))"
        }
        let p = { (name: String) in PythonLiteral.float(f[parameter: name] ?? 1) }
        let lambda: String = switch f.kind {
        case .step: "(ops.sign(x) + 1) / 2"
        case .piecewiseLinear: "ops.clip(x + 0.5, 0, 1)"
        case .elu: "keras.activations.elu(x, alpha=\(p("alpha")))"
        case .celu: "ops.where(x > 0, x, \(p("alpha")) * ops.expm1(x / \(p("alpha"))))"
        case .swish: "x * ops.sigmoid(\(p("beta")) * x)"
        case .softplus: "ops.softplus(\(p("beta")) * x) / \(p("beta"))"
        case .geluTanh: "keras.activations.gelu(x, approximate=True)"
        case .hardSigmoid: "ops.relu6(x + 3) / 6"
        case .hardSwish: "x * ops.relu6(x + 3) / 6"
        default: argument
        }
        return "layers.Dense(\(units), activation=lambda x: \(lambda)\(biasText))"
    }
}
