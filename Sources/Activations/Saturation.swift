/// What "saturated", "zero slope" (dead) and "stuck" mean in actview, in one
/// place. The plot's shading, a trained layer's shares, the notes and the
/// README all use these words this way:
///
/// - **saturated**: x lies in a tail where the slope *vanishes*: f′ → 0 as
///   x → ±∞ (sigmoid and tanh at both ends; softplus, ELU, SELU, CELU,
///   swish, GELU and mish to the left), and from x outward |f′| is below
///   `slopeFraction` (10%) of the activation's largest slope and only
///   falls. A small constant slope (Leaky ReLU's 0.01) is not saturated,
///   nor is an exact zero (ReLU for x ≤ 0), nor a dip of f′ through zero
///   away from a tail (swish's and GELU's minimum);
/// - **zero slope**: f′(x) = 0 exactly, outside any saturated tail (ReLU for
///   x ≤ 0, ReLU6 beyond 6, hard sigmoid outside (−3, 3)).
///
/// A hidden unit, over the training examples:
///
/// - is **saturated** when its input z lies in a saturated tail on at least
///   `unitExampleShare` (90%) of the examples: it passes almost no gradient
///   for nearly all of them;
/// - is **dead** when f′(z) = 0 on every example and it is not saturated;
/// - is **stuck** when z ≤ 0 on every example for a function whose slope
///   there is small but not zero (Leaky ReLU, PReLU): it still learns, but
///   only ever as a line of that slope.
public enum Saturation {
    /// A tail's slope counts as small below this share of the largest slope.
    public static let slopeFraction = 0.1
    /// A unit is saturated when this share of its inputs is in a saturated tail.
    public static let unitExampleShare = 0.9
    /// Where the search for a tail's edge starts; every saturated tail
    /// reaches past it.
    static let searchLimit = 64.0
    /// Coarse enough to be cheap, fine next to every slope's features (≈ 1).
    static let searchStep = 1.0 / 16
}

/// One end of the x axis.
public enum Tail: Sendable, Hashable, CaseIterable {
    case negative, positive
}

/// Where an activation is saturated: at and below `negativeEdge`, at and
/// above `positiveEdge`; nil for a tail that does not saturate.
public struct SaturatedTails: Sendable, Hashable {
    public var negativeEdge: Double?
    public var positiveEdge: Double?

    public init(negativeEdge: Double? = nil, positiveEdge: Double? = nil) {
        self.negativeEdge = negativeEdge
        self.positiveEdge = positiveEdge
    }

    public static let none = SaturatedTails()

    public var isEmpty: Bool { negativeEdge == nil && positiveEdge == nil }

    public func contains(_ x: Double) -> Bool {
        if let edge = negativeEdge, x <= edge { return true }
        if let edge = positiveEdge, x >= edge { return true }
        return false
    }
}

/// What the plot shades at a point.
public enum SlopeRegion: Sendable, Hashable {
    case saturated
    case zeroSlope
}

extension Activation {
    /// The tails in which f′ tends to 0 without being 0 there: a property of
    /// the formula (and of a parameter that could make the slope exactly 0).
    public var vanishingSlopeTails: Set<Tail> {
        switch kind {
        case .sigmoid, .tanh, .softsign:
            return [.negative, .positive]
        case .softplus, .selu, .celu, .swish, .mish, .gelu, .geluTanh:
            return [.negative]
        case .elu:
            return p0 > 0 ? [.negative] : []
        case .step, .sign, .linear, .piecewiseLinear, .relu, .relu6, .leakyReLU, .prelu,
             .hardSigmoid, .hardSwish, .maxout:
            return []
        }
    }

    /// The saturated tails' edges, found from f′: from far out in a
    /// vanishing tail inward, step by step, as long as |f′| stays below the
    /// threshold and keeps growing; then refined to where |f′| reaches the
    /// threshold, or to the peak of |f′| where it turns before that.
    public var saturatedTails: SaturatedTails {
        let tails = vanishingSlopeTails
        guard !tails.isEmpty else { return .none }
        let threshold = Saturation.slopeFraction * maximumSlope
        var result = SaturatedTails()
        if tails.contains(.negative) { result.negativeEdge = edge(outward: -1, threshold: threshold) }
        if tails.contains(.positive) { result.positiveEdge = edge(outward: 1, threshold: threshold) }
        return result
    }

    /// The innermost x of the saturated tail in direction `outward` (±1).
    private func edge(outward: Double, threshold: Double) -> Double? {
        func slope(_ x: Double) -> Double { abs(derivative(x)) }
        let step = Saturation.searchStep
        var x = outward * Saturation.searchLimit
        var current = slope(x)
        guard current < threshold else { return nil }
        while outward * x > -Saturation.searchLimit {
            let next = x - outward * step
            let inner = slope(next)
            if inner >= threshold {
                // Bisection for |f′| = threshold between x and next.
                var inside = x, outside = next
                for _ in 0..<60 {
                    let middle = (inside + outside) / 2
                    if slope(middle) < threshold { inside = middle } else { outside = middle }
                }
                return inside
            }
            if inner < current {
                // |f′| turned below the threshold: its peak, somewhere
                // between next and one step further out, is the edge.
                return Self.peak(of: slope, between: next, and: x + outward * step)
            }
            x = next
            current = inner
        }
        return x
    }

    /// Golden-section search for the largest value of `f` between a and b.
    private static func peak(of f: (Double) -> Double, between a: Double, and b: Double) -> Double {
        var low = Swift.min(a, b), high = Swift.max(a, b)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<80 {
            let left = high - ratio * (high - low), right = low + ratio * (high - low)
            if f(left) < f(right) { low = left } else { high = right }
        }
        return (low + high) / 2
    }

    /// What the plot shades at x, given the activation's `saturatedTails`.
    public func slopeRegion(at x: Double, tails: SaturatedTails) -> SlopeRegion? {
        guard x.isFinite else { return nil }
        if tails.contains(x) { return .saturated }
        return derivative(x) == 0 ? .zeroSlope : nil
    }

    /// Whether a unit whose input stays at or below 0 counts as stuck: the
    /// slope there is a constant that is neither 0 (dead) nor the full slope
    /// of x > 0 (a line, where being on one side means nothing).
    public var canBeStuck: Bool {
        switch kind {
        case .leakyReLU: p0 != 0 && abs(p0) < 1
        case .prelu: true
        default: false
        }
    }
}
