/// Swish with β = 1 (SiLU), apart from `SwishPass`: its loop then holds no
/// Double path, whose registers would push the Float constants out to
/// reloads, and βx is exact.
struct SwishUnitPass: PairedVectorActivationFunction {
    static var propagatesNaN: Bool { true }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        // x·e/(1 + e) for x < 0 and x/(1 + e) above, e = e^(−|x|).
        let (u, scaledE, _) = VectorMath.exponentOfMinusAbsolute(x)
        let negative = x .< Float(0)
        let numerator = x.replacing(with: u * scaledE, where: negative)
        // 2⁶⁴(1 + e) below zero, 1 + e above: one FMA on chosen operands.
        var denominator = FloatVector(repeating: 1).replacing(with: 0x1p64, where: negative)
        denominator.accumulateProduct(scaledE, FloatVector(repeating: 0x1p-64).replacing(with: 1, where: negative))
        return numerator / denominator
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // σ(x) + x·σ′(x) with σ′ = e·r², r = 1/(1 + e), e = e^(−|x|).
        // Clamping x to ±88 keeps x·σ′ finite (x·0 would be NaN for
        // x = ±∞) and changes the result by less than 1e-36.
        let clamped = VectorMath.atMost(VectorMath.atLeast(x, -88), 88)
        let e = VectorMath.expClamped(VectorMath.negativeAbsolute(clamped))
        let r = 1 / (1 + e)
        let er = e * r
        var result = r.replacing(with: er, where: clamped .< Float(0))
        result.accumulateProduct(clamped, er * r)
        return result
    }
}
