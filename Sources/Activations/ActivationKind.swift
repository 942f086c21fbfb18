/// Every activation the catalogue knows. The raw value is the canonical,
/// user-facing name (`actview eval leaky-relu`), so it is part of the CLI's
/// contract and must not change.
public enum ActivationKind: String, CaseIterable, Sendable, Hashable, Codable {
    case step
    case sign
    case linear
    case piecewiseLinear = "piecewise-linear"
    case sigmoid
    case tanh
    case relu
    case relu6
    case leakyReLU = "leaky-relu"
    case prelu
    case elu
    case celu
    case selu
    case swish
    case mish
    case gelu
    case geluTanh = "gelu-tanh"
    case softplus
    case softsign
    case hardSigmoid = "hard-sigmoid"
    case hardSwish = "hard-swish"
    case maxout
}
