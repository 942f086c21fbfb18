/// x·(x + 3)/6 between −3 and 3, 0 below, x above; the slope's kinks as
/// the catalogue's (x/3 + ½ on the closed [−3, 3]).
struct HardSwishPass: PairedForwardActivationFunction {
    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        (x * (x + 3) / 6)
            .replacing(with: FloatVector(repeating: 0), where: x .<= Float(-3))
            .replacing(with: x, where: x .>= Float(3))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        ((2 * x + 3) / 6)
            .replacing(with: FloatVector(repeating: 0), where: x .< Float(-3))
            .replacing(with: FloatVector(repeating: 1), where: x .> Float(3))
    }
}
