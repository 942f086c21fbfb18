/// ELU: x above 0, α(eˣ − 1) at and below.
struct ELUPass: VectorActivationFunction {
    let alpha: Float

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        (alpha * VectorMath.expm1(nonPositive: x)).replacing(with: x, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        (alpha * VectorMath.exp(x)).replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
    }
}
