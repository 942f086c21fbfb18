import Activations

/// GELU x·Φ(x), Φ from a scaled erfc so neither tail cancels.
struct GELUPass: VectorActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let tail = Self.normalTailAndGaussian(x).tail
        // Φ(x) = tail for x ≤ 0 and 1 − tail above, never cancelling.
        let cdf = tail.replacing(with: 1 - tail, where: x .> Float(0))
        return x * cdf
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // Φ(x) + x·φ(x), both from the one e^(−x²/2).
        let (tail, gaussian) = Self.normalTailAndGaussian(x)
        let cdf = tail.replacing(with: 1 - tail, where: x .> Float(0))
        return cdf + x * (Float(ActivationConstants.inverseSquareRootOfTwoPi) * gaussian)
    }

    /// The normal tail Φ(−|x|) = ½·e^(−x²/2)·erfc(t)e^(t²), t = |x|/√2, and
    /// e^(−x²/2), whose argument x²/2 is exact in Double (a Float x² would
    /// cost a relative error of x²·2⁻²⁴).
    @inline(always)
    private static func normalTailAndGaussian(_ x: FloatVector) -> (tail: FloatVector, gaussian: FloatVector) {
        let low = HalfDoubleVector(x.lowHalf), high = HalfDoubleVector(x.highHalf)
        let gaussian = VectorMath.exp(low: -0.5 * (low * low), high: -0.5 * (high * high))
        let t = VectorMath.absolute(x) * Float(ActivationConstants.inverseSquareRootOfTwo)
        return (0.5 * gaussian * VectorMath.scaledErfc(t), gaussian)
    }
}
