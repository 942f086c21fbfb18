/// Softplus with β = 1, the usual one, in a loop of its own: with the β
/// branches and their Double arithmetic folded away, log1p inlines.
struct SoftplusUnitPass: VectorActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        SoftplusPass(beta: 1).value(x)
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        SoftplusPass(beta: 1).slope(x)
    }
}
