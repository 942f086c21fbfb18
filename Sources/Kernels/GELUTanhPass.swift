import Activations

/// The tanh approximation of GELU, ½x(1 + tanh u) = x·σ(2u), with the
/// catalogue's constants and its saturation beyond |x| = 10⁴.
struct GELUTanhPass: VectorActivationFunction {
    private static var saturation: Float { Float(ActivationConstants.geluTanhSaturation) }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let (z, e) = Self.exponent(x)
        let saturated = x.replacing(with: FloatVector(repeating: -0.0), where: x .< Float(0))
        return (x * VectorMath.sigmoid(z: z, expOfMinusAbs: e))
            .replacing(with: saturated, where: VectorMath.absolute(x) .> Self.saturation)
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        let capped = VectorMath.clamp(x, FloatVector(repeating: -Self.saturation), FloatVector(repeating: Self.saturation))
        let (z, e) = Self.exponent(capped)
        let c = Float(ActivationConstants.squareRootOfTwoOverPi)
        let du = c * (1 + Float(3 * ActivationConstants.geluTanhCubic) * capped * capped)
        let slope = VectorMath.sigmoid(z: z, expOfMinusAbs: e)
            + 2 * capped * du * VectorMath.sigmoidSlope(expOfMinusAbs: e)
        let step = FloatVector(repeating: 0).replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
        return slope.replacing(with: step, where: VectorMath.absolute(x) .> Self.saturation)
    }

    /// z = 2u with u = √(2/π)(x + 0.044715x³), and e^(−|z|); u is formed in
    /// Double because its rounding, up to |z| ≈ 87, would be magnified
    /// into the tail σ(z) ≈ e^z.
    @inline(always)
    private static func exponent(_ x: FloatVector) -> (FloatVector, FloatVector) {
        let c = ActivationConstants.squareRootOfTwoOverPi, cubic = ActivationConstants.geluTanhCubic
        let low = HalfDoubleVector(x.lowHalf), high = HalfDoubleVector(x.highHalf)
        let zLow = 2 * c * low * (1 + cubic * low * low)
        let zHigh = 2 * c * high * (1 + cubic * high * high)
        let z = FloatVector(lowHalf: SIMD8<Float>(zLow), highHalf: SIMD8<Float>(zHigh))
        return (z, VectorMath.exp(low: -VectorMath.absolute(zLow), high: -VectorMath.absolute(zHigh)))
    }
}
