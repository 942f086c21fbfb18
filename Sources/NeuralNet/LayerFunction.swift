import Activations

/// What a layer does after its affine map.
enum LayerFunction: Sendable {
    /// A catalogue activation applied element-wise.
    case activation(Activation)
    /// f(z) = z for z > 0, αⱼ·z otherwise, with one learned αⱼ per unit,
    /// each starting at `initialSlope`.
    case prelu(initialSlope: Double)
    /// Each unit outputs the largest of its `pieces` affine maps.
    case maxout(pieces: Int)
    /// The output layer: class probabilities.
    case softmax
    /// The lecture's output layer: an independent sigmoid per class.
    case sigmoid
    /// A regression output: the affine map itself, ŷ = z.
    case linear

    /// A hidden layer's function.
    init(_ activation: LayerActivation) {
        switch activation {
        case .activation(let activation): self = .activation(activation)
        case .prelu(let slope): self = .prelu(initialSlope: slope)
        case .maxout(let pieces): self = .maxout(pieces: pieces)
        }
    }

    /// Affine maps per unit.
    var pieces: Int {
        if case .maxout(let pieces) = self { return pieces }
        return 1
    }

    /// The name divergence messages give the layer ("hidden layer 2 (relu)").
    var name: String {
        switch self {
        case .softmax: "softmax"
        case .sigmoid: "sigmoid"
        case .linear: "linear"
        default: kind?.rawValue ?? ""
        }
    }

    /// The hidden layer's activation; nil for the output layer.
    var kind: ActivationKind? {
        switch self {
        case .activation(let activation): activation.kind
        case .prelu: .prelu
        case .maxout: .maxout
        case .softmax, .sigmoid, .linear: nil
        }
    }
}
