/// Swish x·σ(βx) for β ≠ 1 (β = 1 is `SwishUnitPass`).
struct SwishPass: VectorActivationFunction {
    let beta: Double

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let (z, e) = VectorMath.scaledExponent(x, beta: beta)
        return x * VectorMath.sigmoid(z: z, expOfMinusAbs: e)
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // σ(z) + z·σ′(z), z = βx; z is capped so that z·0 stays 0.
        let (z, e) = VectorMath.scaledExponent(x, beta: beta)
        let cappedZ = VectorMath.clamp(z, FloatVector(repeating: -1e30), FloatVector(repeating: 1e30))
        return VectorMath.sigmoid(z: z, expOfMinusAbs: e) + cappedZ * VectorMath.sigmoidSlope(expOfMinusAbs: e)
    }
}
