/// (x + 3)/6 clamped to [0, 1]; slope ⅙ strictly inside (−3, 3).
struct HardSigmoidPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        ((x + 3) / 6)
            .replacing(with: FloatVector(repeating: 0), where: x .<= Float(-3))
            .replacing(with: FloatVector(repeating: 1), where: x .>= Float(3))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0)
            .replacing(with: FloatVector(repeating: Float(1.0 / 6)), where: (x .> Float(-3)) .& (x .< Float(3)))
    }
}
