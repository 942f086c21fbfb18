import Activations

/// What a layer does after its affine map.
enum LayerFunction: Sendable {
    /// A catalogue activation applied element-wise.
    case activation(Activation)
    /// f(z) = z for z > 0, αⱼ·z otherwise, with one learned αⱼ per unit.
    case prelu
    /// Each unit outputs the largest of its `pieces` affine maps.
    case maxout(pieces: Int)
    /// The output layer: class probabilities.
    case softmax
    /// The lecture's output layer: an independent sigmoid per class.
    case sigmoid

    /// Affine maps per unit.
    var pieces: Int {
        if case .maxout(let pieces) = self { return pieces }
        return 1
    }

    var name: String {
        switch self {
        case .activation(let activation): activation.name
        case .prelu: "prelu"
        case .maxout: "maxout"
        case .softmax: "softmax"
        case .sigmoid: "sigmoid"
        }
    }
}
