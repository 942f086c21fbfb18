extension Activation {
    /// The largest |f′(x)| over all x, counting the values taken at kinks
    /// (hard-swish′(3) = 3/2). The saturation rules compare a unit's slope
    /// with this.
    public var maximumSlope: Double {
        switch kind {
        case .step, .sign:
            return 0
        case .linear, .piecewiseLinear, .tanh, .relu, .relu6, .celu, .softplus, .softsign:
            return 1
        case .sigmoid:
            return 0.25
        case .leakyReLU, .prelu:
            return Swift.max(1, abs(p0))
        case .elu:
            // α·eˣ on x ≤ 0 peaks at x = 0.
            return Swift.max(1, p0)
        case .selu:
            return ActivationConstants.seluLambda * ActivationConstants.seluAlpha
        case .swish:
            // f′(x) = g(βx) for one function g, so β does not change the peak.
            return PeakSlope.swish
        case .mish:
            return PeakSlope.mish
        case .gelu:
            return PeakSlope.gelu
        case .geluTanh:
            return PeakSlope.geluTanh
        case .hardSigmoid:
            return 1.0 / 6
        case .hardSwish:
            return 1.5
        case .maxout:
            return Swift.max(abs(p0), abs(p2))
        }
    }
}

/// The slope peaks of the smooth non-monotone activations, which have no
/// closed form: found once, from the same f′ the program evaluates.
enum PeakSlope {
    static let swish = search(.swish)
    static let mish = search(.mish)
    static let gelu = search(.gelu)
    static let geluTanh = search(.geluTanh)

    /// A grid over [−8, 8] (every peak is near x ≈ 2), then golden-section
    /// refinement of the best grid cell, to about 1e-15 relative.
    static func search(_ kind: ActivationKind) -> Double {
        let activation = Activation(kind)
        let slope = { (x: Double) in abs(activation.derivative(x)) }
        let step = 1.0 / 64
        var best = -8.0
        var x = -8.0
        while x <= 8 {
            if slope(x) > slope(best) { best = x }
            x += step
        }
        var low = best - step, high = best + step
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<80 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if slope(a) < slope(b) { low = a } else { high = b }
        }
        return Swift.max(slope(best), slope((low + high) / 2))
    }
}
