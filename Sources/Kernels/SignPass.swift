/// sign x, 0 at 0; its slope is 0.
struct SignPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        let one = FloatVector(repeating: 1)
        return FloatVector(repeating: 0).replacing(with: one, where: x .> Float(0)).replacing(with: -one, where: x .< Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0)
    }
}
