/// max(x, 0); slope 0 at 0, as PyTorch's.
struct ReLUPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0).replacing(with: x, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0).replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
    }
}
