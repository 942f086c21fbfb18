/// The logistic sigmoid, on the fast exponential of `VectorMath.expClamped`.
struct SigmoidPass: PairedVectorActivationFunction {
    static var propagatesNaN: Bool { true }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        // 1/(1 + e^(−x)) with x clamped to ±88: beyond, σ is 1 or below
        // 2⁻¹²⁶ either way. A NaN x passes the clamp and the arithmetic.
        let u = VectorMath.atMost(VectorMath.atLeast(-x, -88), 88)
        return 1 / (1 + VectorMath.expClamped(u))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // σ′ = e/(1 + e)² with e = e^(−|x|), free of the cancellation in
        // σ(1 − σ); below e^(−88) σ′ is under the subnormal range anyway.
        let e = VectorMath.expClamped(VectorMath.atLeast(VectorMath.negativeAbsolute(x), -88))
        let r = 1 / (1 + e)
        return e * r * r
    }
}
