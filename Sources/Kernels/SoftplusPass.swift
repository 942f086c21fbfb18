/// softplus ln(1 + e^(βx))/β, as x⁺ + ln(1 + e^(−|βx|))/β.
struct SoftplusPass: VectorActivationFunction {
    let beta: Double

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let (_, e) = VectorMath.scaledExponent(x, beta: beta)
        var tail = VectorMath.log1p(unitInterval: e)
        if beta != 1 { tail = tail / Float(beta) }
        return tail.replacing(with: x + tail, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        let (z, e) = VectorMath.scaledExponent(x, beta: beta)
        return VectorMath.sigmoid(z: z, expOfMinusAbs: e)
    }
}
