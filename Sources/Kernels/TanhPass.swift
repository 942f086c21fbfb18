/// tanh, as the rational fit of `VectorMath.tanh`.
struct TanhPass: PairedVectorActivationFunction {
    static var propagatesNaN: Bool { true }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        VectorMath.tanh(x)
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        // sech²x = 4e/(1 + e)² = e·t² with e = e^(−2|x|), t = 2/(1 + e).
        let u = VectorMath.atLeast(VectorMath.negativeAbsolute(x), -44)
        let e = VectorMath.expOfDoubleClamped(u)
        let t = 2 / (1 + e)
        return e * t * t
    }
}
