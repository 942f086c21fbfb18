/// min(max(x, 0), 6); slope 0 at both kinks.
struct ReLU6Pass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        return zero.replacing(with: VectorMath.clamp(x, zero, FloatVector(repeating: 6)), where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0).replacing(with: FloatVector(repeating: 1), where: (x .> Float(0)) .& (x .< Float(6)))
    }
}
