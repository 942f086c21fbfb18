/// The Heaviside step, ½ at 0 as in the catalogue; its slope is 0.
struct StepPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0.5)
            .replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
            .replacing(with: FloatVector(repeating: 0), where: x .< Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0)
    }
}
