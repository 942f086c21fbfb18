/// mish x = x·tanh(softplus x), through one exponential per vector.
struct MishPass: PairedVectorActivationFunction {
    static var propagatesNaN: Bool { true }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        // tanh(softplus x) = P/Q from e = e^(−|x|), without cancellation:
        // x < 0: P = e(e + 2), Q = P + 2; x ≥ 0: P = 1 + 2e, Q = P + 2e².
        // For x < 0, x·P/Q = u·e·2⁶⁴·(e + 2)/(2⁶⁴·Q), as for swish.
        let (u, scaledE, e) = VectorMath.exponentOfMinusAbsolute(x)
        let (p, q) = Self.ratio(x, e)
        let negative = x .< Float(0)
        let numerator = (x * p).replacing(with: u * scaledE * (e + 2), where: negative)
        return numerator / q.replacing(with: q * 0x1p64, where: negative)
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // tanh s + x·sech²s·σ(x), s = softplus x, over one common divisor:
        // with T = P/Q, sech²s = (Q − P)(Q + P)/Q², and σ(x) = N/(1 + e),
        // N = e for x < 0, 1 above. Then f′ = (P·Q·(1 + e) + x·A)/(Q²(1 + e))
        // with A = (Q − P)(Q + P)·N: 4e(P + 1) below 0, 4e²(P + e²) above.
        // x is clamped to ±88 so that x·A stays finite (x = ±∞ would make
        // ∞·0); the slope there is 0 or 1 to well within Float.
        let clamped = VectorMath.atMost(VectorMath.atLeast(x, -88), 88)
        let e = VectorMath.expClamped(VectorMath.negativeAbsolute(clamped))
        let (p, q) = Self.ratio(clamped, e)
        let negative = clamped .< Float(0)
        let ee = e * e
        let a = (4 * ee * (p + ee)).replacing(with: 4 * e * (p + 1), where: negative)
        let b = 1 + e
        var numerator = p * q * b
        numerator.accumulateProduct(clamped, a)
        return numerator / (q * q * b)
    }

    /// tanh(softplus x) as P/Q (see `value`), given e = e^(−|x|).
    @inline(always)
    private static func ratio(_ x: FloatVector, _ e: FloatVector) -> (FloatVector, FloatVector) {
        let negative = x .< Float(0)
        let twiceE = e + e
        let p = (twiceE + 1).replacing(with: e * (e + 2), where: negative)
        let q = p + (twiceE * e).replacing(with: FloatVector(repeating: 2), where: negative)
        return (p, q)
    }
}
