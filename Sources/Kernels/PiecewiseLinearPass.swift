/// x + ½ clamped to [0, 1]; slope 1 strictly inside (−½, ½).
struct PiecewiseLinearPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        (x + 0.5)
            .replacing(with: FloatVector(repeating: 0), where: x .<= Float(-0.5))
            .replacing(with: FloatVector(repeating: 1), where: x .>= Float(0.5))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        FloatVector(repeating: 0).replacing(with: FloatVector(repeating: 1), where: (x .> Float(-0.5)) .& (x .< Float(0.5)))
    }
}
