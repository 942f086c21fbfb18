import Activations
import NeuralNet

/// How a hidden layer's activation is spelled in PyTorch: a `torch.nn`
/// module where PyTorch's has actview's definition (Catalogue+Entries and
/// Activation+Evaluation, derivatives at the kinks included), otherwise a
/// small module written out in the script.
struct PyTorchActivation: Sendable {
    /// A module expression, e.g. `nn.LeakyReLU(negative_slope=0.2)`; nil
    /// for maxout, whose module is the layer itself.
    let module: String?
    let helper: PythonHelper?

    init(_ activation: LayerActivation, units: Int) {
        switch activation {
        case .prelu(let slope):
            self.init("nn.PReLU(num_parameters=\(units), init=\(PythonLiteral.float(slope)))")
        case .maxout:
            self.init(nil, Self.maxout)
        case .activation(let f):
            let p = { (name: String) in PythonLiteral.float(f[parameter: name] ?? 0) }
            switch f.kind {
            case .step: self.init("Step()", Self.step)
            case .sign: self.init("Sign()", Self.sign)
            case .linear: self.init("nn.Identity()")
            case .piecewiseLinear: self.init("PiecewiseLinear()", Self.piecewiseLinear)
            case .sigmoid: self.init("nn.Sigmoid()")
            case .tanh: self.init("nn.Tanh()")
            case .relu: self.init("nn.ReLU()")
            case .relu6: self.init("nn.ReLU6()")
            case .leakyReLU: self.init("nn.LeakyReLU(negative_slope=\(p("slope")))")
            case .prelu: self.init("nn.PReLU(num_parameters=\(units), init=\(p("alpha")))")
            case .elu: self.init("nn.ELU(alpha=\(p("alpha")))")
            case .celu: self.init("nn.CELU(alpha=\(p("alpha")))")
            case .selu: self.init("nn.SELU()")
            case .swish:
                if f[parameter: "beta"] == 1 { self.init("nn.SiLU()") } else { self.init("Swish(beta=\(p("beta")))", Self.swish) }
            case .mish: self.init("nn.Mish()")
            case .gelu: self.init("nn.GELU()")
            case .geluTanh: self.init("nn.GELU(approximate=\"tanh\")")
            case .softplus: self.init("nn.Softplus(beta=\(p("beta")))")
            case .softsign: self.init("nn.Softsign()")
            case .hardSigmoid: self.init("nn.Hardsigmoid()")
            case .hardSwish: self.init("nn.Hardswish()")
            case .maxout:
                // A network's maxout is `.maxout(pieces:)`; the catalogue's
                // plotted one never reaches a layer.
                self.init(nil, Self.maxout)
            }
        }
    }

    private init(_ module: String?, _ helper: PythonHelper? = nil) {
        self.module = module
        self.helper = helper
    }

    static let step = PythonHelper(name: "Step", code: #"""
        class Step(nn.Module):
            """actview's step: 0 below 0, ½ at 0, 1 above. Its gradient is 0 everywhere,
            as actview's is (through sign, so the layers below get zeros)."""

            def forward(self, x):
                return (torch.sign(x) + 1) / 2
        """#)

    static let sign = PythonHelper(name: "Sign", code: #"""
        class Sign(nn.Module):
            """−1, 0 or 1; gradient 0 everywhere, as in actview."""

            def forward(self, x):
                return torch.sign(x)
        """#)

    static let piecewiseLinear = PythonHelper(name: "PiecewiseLinear", code: #"""
        class PiecewiseLinear(nn.Module):
            """0 for x ≤ −½, x + ½ in between, 1 for x ≥ ½; slope 1 only strictly inside,
            as in actview (clamp would also pass the gradient at the edges)."""

            def forward(self, x):
                return torch.where(x <= -0.5, torch.zeros_like(x), torch.where(x >= 0.5, torch.ones_like(x), x + 0.5))
        """#)

    static let swish = PythonHelper(name: "Swish", code: #"""
        class Swish(nn.Module):
            """x·σ(βx); nn.SiLU is the β = 1 case."""

            def __init__(self, beta):
                super().__init__()
                self.beta = beta

            def forward(self, x):
                return x * torch.sigmoid(self.beta * x)
        """#)

    static let maxout = PythonHelper(name: "Maxout", code: #"""
        class Maxout(nn.Module):
            """k affine maps per unit and the largest of them (Goodfellow et al. 2013).
            As in actview, piece p of unit j is output column p·units + j of one Linear."""

            def __init__(self, inputs, units, pieces, bias):
                super().__init__()
                self.units, self.pieces = units, pieces
                self.linear = nn.Linear(inputs, units * pieces, bias=bias)

            def forward(self, x):
                return self.linear(x).view(-1, self.pieces, self.units).max(dim=1).values
        """#)
}
