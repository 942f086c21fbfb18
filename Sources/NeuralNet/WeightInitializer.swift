import Activations
import Datasets

/// How the weights are drawn before training. Biases always start at zero
/// and PReLU slopes at 0.25.
public enum WeightInitializer: Sendable, Hashable {
    /// He for the ReLU family, LeCun normal for SELU, Glorot uniform otherwise.
    case automatic
    /// U(±√(6/(fan_in + fan_out))): the lecture's ±0.058 and ±0.077.
    case glorotUniform
    case glorotNormal
    case heUniform
    case heNormal
    /// N(0, 1/fan_in): what SELU's self-normalisation assumes.
    case lecunNormal
    case uniform(bound: Double)
    case normal(standardDeviation: Double)
    /// Every weight zero: all hidden units stay identical (the symmetry problem).
    case zeros

    /// The parameterless spellings `ConfigurationParser.initializer` takes.
    static let spellings: [String: WeightInitializer] = [
        "auto": .automatic, "automatic": .automatic,
        "lecture": .glorotUniform, "glorot-uniform": .glorotUniform, "glorot": .glorotUniform,
        "xavier": .glorotUniform, "xavier-uniform": .glorotUniform,
        "glorot-normal": .glorotNormal, "xavier-normal": .glorotNormal,
        "he-uniform": .heUniform,
        "he-normal": .heNormal, "he": .heNormal, "kaiming": .heNormal,
        "lecun-normal": .lecunNormal, "lecun": .lecunNormal,
        "zeros": .zeros, "zero": .zeros,
    ]

    /// The spellings help texts and errors list.
    public static let listedSpellings = [
        "auto", "lecture", "glorot-uniform", "glorot-normal", "he-uniform", "he-normal", "lecun-normal",
        "uniform:B", "normal:S", "zeros",
    ]

    public var name: String {
        switch self {
        case .automatic: "auto"
        case .glorotUniform: "glorot-uniform"
        case .glorotNormal: "glorot-normal"
        case .heUniform: "he-uniform"
        case .heNormal: "he-normal"
        case .lecunNormal: "lecun-normal"
        case .uniform(let bound): "uniform:\(bound)"
        case .normal(let deviation): "normal:\(deviation)"
        case .zeros: "zeros"
        }
    }

    /// The concrete rule for a hidden layer of `kind`.
    public func resolved(for kind: ActivationKind) -> WeightInitializer {
        guard self == .automatic else { return self }
        switch kind {
        case .relu, .relu6, .leakyReLU, .prelu, .elu, .celu, .gelu, .geluTanh, .swish, .mish, .hardSwish, .maxout:
            return .heNormal
        case .selu:
            return .lecunNormal
        default:
            return .glorotUniform
        }
    }

    /// The concrete rule for the output layer, which follows the hidden
    /// layers' rule as in the lecture (Glorot uniform on both): `auto` is
    /// LeCun normal after a first hidden layer of SELU, Glorot uniform
    /// after any other.
    public func resolvedForOutput(firstHidden kind: ActivationKind?) -> WeightInitializer {
        resolved(for: kind == .selu ? .selu : .sigmoid)
    }

    /// The distribution a layer of `fanIn` inputs and `fanOut` units draws
    /// its weights from (`automatic` as Glorot uniform; resolve it first).
    public func distribution(fanIn: Int, fanOut: Int) -> WeightDistribution {
        let fanIn = Double(fanIn), fanOut = Double(fanOut)
        switch self {
        case .automatic, .glorotUniform: return .uniform(bound: (6 / (fanIn + fanOut)).squareRoot())
        case .glorotNormal: return .normal(deviation: (2 / (fanIn + fanOut)).squareRoot())
        case .heUniform: return .uniform(bound: (6 / fanIn).squareRoot())
        case .heNormal: return .normal(deviation: (2 / fanIn).squareRoot())
        case .lecunNormal: return .normal(deviation: (1 / fanIn).squareRoot())
        case .uniform(let bound): return .uniform(bound: bound)
        case .normal(let deviation): return .normal(deviation: deviation)
        case .zeros: return .zero
        }
    }

    /// Fills `weights` (fanIn × fanOut values) from `generator`.
    func fill(_ weights: inout [Float], fanIn: Int, fanOut: Int, generator: inout SeededRandom) {
        switch distribution(fanIn: fanIn, fanOut: fanOut) {
        case .uniform(let bound):
            for i in weights.indices { weights[i] = Float(generator.uniform(-bound, bound)) }
        case .normal(let deviation):
            for i in weights.indices { weights[i] = Float(deviation * generator.normal()) }
        case .zero:
            for i in weights.indices { weights[i] = 0 }
        }
    }
}
