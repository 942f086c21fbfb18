/// Exponentials shaped for the activations that share them.
extension VectorMath {
    /// u = max(−|x|, −110) (= x for −110 ≤ x ≤ 0), e^u·2⁶⁴ and e^u. Below 0
    /// swish and mish are about x·e^x, still above 1e-37 at x = −89.7 where
    /// e^x is subnormal; taking x·e^u·2⁶⁴ (normal) and putting the 2⁶⁴ into
    /// the divisor leaves a single rounding into the subnormals, at the end,
    /// instead of a subnormal e^x with few bits of its own. Beyond −110 the
    /// clamp gives results under 1e-45, which round to zero.
    @inline(always)
    static func exponentOfMinusAbsolute(_ x: FloatVector) -> (FloatVector, FloatVector, FloatVector) {
        let u = atLeast(negativeAbsolute(x), -110)
        let scaled = exp(u, exponentBias: 127 + 64)
        return (u, scaled, scaled * 0x1p-64)
    }

    /// z = βx (rounded, for signs and the z·σ′ term) and e^(−|βx|) with βx
    /// formed in Double when β ≠ 1, so the exponential's argument is exact.
    @inline(always)
    static func scaledExponent(_ x: FloatVector, beta: Double) -> (FloatVector, FloatVector) {
        if beta == 1 {
            return (x, exp(-absolute(x)))
        }
        let low = beta * HalfDoubleVector(x.lowHalf), high = beta * HalfDoubleVector(x.highHalf)
        let z = FloatVector(lowHalf: SIMD8<Float>(low), highHalf: SIMD8<Float>(high))
        return (z, exp(low: -absolute(low), high: -absolute(high)))
    }
}
