import Activations
import NeuralNet

/// How a hidden layer's activation is spelled in Keras 3: the `Dense`
/// layer's `activation=` (a built-in name where Keras's matches actview's
/// definition, or a small function written out in the script), or a layer
/// of its own after the `Dense` (Leaky ReLU, PReLU).
struct KerasActivation: Sendable {
    /// `"relu"`, `swish(2.0)`, …; nil when `layer` carries the activation.
    let argument: String?
    /// A layer after the Dense, e.g. `layers.LeakyReLU(negative_slope=0.2)`.
    let layer: String?
    let helper: PythonHelper?

    init(_ activation: LayerActivation) {
        switch activation {
        case .prelu(let slope):
            self.init(layer: "layers.PReLU(alpha_initializer=keras.initializers.Constant(\(PythonLiteral.float(slope))))")
        case .maxout:
            self.init(helper: Self.maxout)
        case .activation(let f):
            let p = { (name: String) in PythonLiteral.float(f[parameter: name] ?? 0) }
            switch f.kind {
            case .step: self.init("step", Self.step)
            case .sign: self.init("ops.sign")
            case .linear: self.init("\"linear\"")
            case .piecewiseLinear: self.init("piecewise_linear", Self.piecewiseLinear)
            case .sigmoid: self.init("\"sigmoid\"")
            case .tanh: self.init("\"tanh\"")
            case .relu: self.init("\"relu\"")
            case .relu6: self.init("\"relu6\"")
            case .leakyReLU: self.init(layer: "layers.LeakyReLU(negative_slope=\(p("slope")))")
            case .prelu: self.init(layer: "layers.PReLU(alpha_initializer=keras.initializers.Constant(\(p("alpha"))))")
            case .elu: self.init("elu(alpha=\(p("alpha")))", Self.elu)
            case .celu: self.init("celu(alpha=\(p("alpha")))", Self.celu)
            case .selu: self.init("\"selu\"")
            case .swish:
                if f[parameter: "beta"] == 1 { self.init("\"silu\"") } else { self.init("swish(beta=\(p("beta")))", Self.swish) }
            case .mish: self.init("\"mish\"")
            case .gelu: self.init("\"gelu\"")
            case .geluTanh: self.init("gelu_tanh", Self.geluTanh)
            case .softplus:
                if f[parameter: "beta"] == 1 { self.init("\"softplus\"") } else { self.init("softplus(beta=\(p("beta")))", Self.softplus) }
            case .softsign: self.init("\"softsign\"")
            case .hardSigmoid: self.init("hard_sigmoid", Self.hardSigmoid)
            case .hardSwish: self.init("hard_swish", Self.hardSwish)
            case .maxout: self.init(helper: Self.maxout)
            }
        }
    }

    private init(_ argument: String, _ helper: PythonHelper? = nil) {
        self.argument = argument
        layer = nil
        self.helper = helper
    }

    private init(layer: String? = nil, helper: PythonHelper? = nil) {
        argument = nil
        self.layer = layer
        self.helper = helper
    }

    static let step = PythonHelper(name: "step", code: #"""
        def step(x):
            """actview's step: 0 below 0, ½ at 0, 1 above; gradient 0 everywhere (through sign)."""
            return (ops.sign(x) + 1) / 2
        """#)

    static let piecewiseLinear = PythonHelper(name: "piecewise_linear", code: #"""
        def piecewise_linear(x):
            """0 for x ≤ −½, x + ½ in between, 1 for x ≥ ½; slope 1 only strictly inside."""
            return ops.where(x <= -0.5, ops.zeros_like(x), ops.where(x >= 0.5, ops.ones_like(x), x + 0.5))
        """#)

    static let elu = PythonHelper(name: "elu", code: #"""
        def elu(alpha):
            """x for x > 0, α(eˣ − 1) otherwise."""
            return lambda x: keras.activations.elu(x, alpha=alpha)
        """#)

    static let celu = PythonHelper(name: "celu", code: #"""
        def celu(alpha):
            """x for x > 0, α(e^(x/α) − 1) otherwise (slope 1 at 0); exp only of x ≤ 0, so no
            overflow reaches the gradient."""
            return lambda x: ops.where(x > 0, x, alpha * ops.expm1(ops.minimum(x, 0) / alpha))
        """#)

    static let swish = PythonHelper(name: "swish", code: #"""
        def swish(beta):
            """x·σ(βx); "silu" is the β = 1 case."""
            return lambda x: x * ops.sigmoid(beta * x)
        """#)

    static let softplus = PythonHelper(name: "softplus", code: #"""
        def softplus(beta):
            """ln(1 + e^(βx)) / β; "softplus" is the β = 1 case."""
            return lambda x: ops.softplus(beta * x) / beta
        """#)

    static let geluTanh = PythonHelper(name: "gelu_tanh", code: #"""
        def gelu_tanh(x):
            """GELU's tanh approximation, ½x(1 + tanh(√(2/π)(x + 0.044715x³)))."""
            return keras.activations.gelu(x, approximate=True)
        """#)

    static let hardSigmoid = PythonHelper(name: "hard_sigmoid", code: #"""
        def hard_sigmoid(x):
            """ReLU6(x + 3)/6, slope ⅙ strictly inside (−3, 3); Keras 2's hard_sigmoid was 0.2x + 0.5."""
            return ops.relu6(x + 3) / 6
        """#)

    static let hardSwish = PythonHelper(name: "hard_swish", code: #"""
        def hard_swish(x):
            """x·ReLU6(x + 3)/6."""
            return x * ops.relu6(x + 3) / 6
        """#)

    static let maxout = PythonHelper(name: "Maxout", code: #"""
        class Maxout(layers.Layer):
            """k affine maps per unit and the largest of them (Goodfellow et al. 2013).
            As in actview, piece p of unit j is column p·units + j of one Dense."""

            def __init__(self, units, pieces, name=None, **dense_options):
                super().__init__(name=name)
                self.units, self.pieces = units, pieces
                self.dense = layers.Dense(units * pieces, **dense_options)

            def build(self, input_shape):
                self.dense.build(input_shape)

            def call(self, x):
                return ops.max(ops.reshape(self.dense(x), (-1, self.pieces, self.units)), axis=1)

            def compute_output_shape(self, input_shape):
                return (input_shape[0], self.units)
        """#)
}
