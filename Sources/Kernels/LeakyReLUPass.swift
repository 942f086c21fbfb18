/// Leaky ReLU, and PReLU with a single, shared slope.
struct LeakyReLUPass: PairedForwardActivationFunction {
    /// The slope for x ≤ 0.
    let negativeSlope: Float

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        (negativeSlope * x).replacing(with: x, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: negativeSlope).replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
    }
}
