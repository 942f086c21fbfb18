/// x/(1 + |x|).
struct SoftsignPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        x / (1 + VectorMath.absolute(x))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        let d = 1 + VectorMath.absolute(x)
        return 1 / (d * d)
    }
}
