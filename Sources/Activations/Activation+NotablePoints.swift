/// A point of an activation worth putting the plot's cursor on.
public struct NotablePoint: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The lowest value of a function that dips below zero (swish, GELU, mish).
        case minimum
        /// Where the slope jumps (ReLU at 0, ReLU6 at 6, maxout where its pieces cross).
        case kink
        /// Where a saturated tail begins (`Saturation`).
        case saturationEdge
    }

    public var x: Double
    public var kind: Kind

    public init(x: Double, kind: Kind) {
        self.x = x
        self.kind = kind
    }
}

extension Activation {
    /// The minimum, the kinks and the saturation edges, by increasing x.
    public var notablePoints: [NotablePoint] {
        var points = kinks.map { NotablePoint(x: $0, kind: .kink) }
        if let x = minimumX { points.append(NotablePoint(x: x, kind: .minimum)) }
        let tails = saturatedTails
        for edge in [tails.negativeEdge, tails.positiveEdge].compactMap({ $0 }) {
            points.append(NotablePoint(x: edge, kind: .saturationEdge))
        }
        return points.sorted { $0.x < $1.x }
    }

    /// Where f′ jumps, from each formula.
    public var kinks: [Double] {
        switch kind {
        case .step, .sign, .relu, .leakyReLU, .prelu:
            return [0]
        case .relu6:
            return [0, 6]
        case .piecewiseLinear:
            return [-0.5, 0.5]
        case .hardSigmoid, .hardSwish:
            return [-3, 3]
        case .elu:
            // α·e⁰ = α on the left against 1 on the right.
            return p0 == 1 ? [] : [0]
        case .selu:
            return [0]
        case .maxout:
            // The pieces w₁x + b₁ and w₂x + b₂ cross where they are equal.
            guard p0 != p2 else { return [] }
            let x = (p3 - p1) / (p0 - p2)
            return x.isFinite ? [x] : []
        case .linear, .sigmoid, .tanh, .celu, .swish, .mish, .gelu, .geluTanh, .softplus, .softsign:
            return []
        }
    }

    /// The x of the lowest value for the activations that dip below zero
    /// and come back (swish at −1.2785, GELU at −0.7518, mish at −1.1924),
    /// found by golden-section search on f; nil for the others.
    public var minimumX: Double? {
        switch kind {
        case .swish, .mish, .gelu, .geluTanh:
            // Swish's minimum scales with 1/β; the others' lie in [−3, 0].
            let scale = kind == .swish ? 1 / p0 : 1
            var low = -3 * scale, high = 0.0
            let ratio = (5.0.squareRoot() - 1) / 2
            for _ in 0..<100 {
                let a = high - ratio * (high - low), b = low + ratio * (high - low)
                if value(a) < value(b) { high = b } else { low = a }
            }
            return (low + high) / 2
        case .hardSwish:
            // x(x + 3)/6 is lowest at x = −3/2.
            return -1.5
        default:
            return nil
        }
    }
}
