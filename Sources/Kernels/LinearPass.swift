/// The identity.
struct LinearPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        x
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 1)
    }
}
