/// The shape facts the lecture compares activations by, for default
/// parameters. "Smooth" means continuously differentiable everywhere;
/// "zero-centred" means outputs take both signs around an origin f(0) = 0,
/// which is what avoids the zigzag updates of all-positive outputs.
public struct ActivationProperties: Sendable, Hashable {
    public let isMonotone: Bool
    public let isSmooth: Bool
    public let isZeroCentred: Bool
    public let isBounded: Bool

    public init(isMonotone: Bool, isSmooth: Bool, isZeroCentred: Bool, isBounded: Bool) {
        self.isMonotone = isMonotone
        self.isSmooth = isSmooth
        self.isZeroCentred = isZeroCentred
        self.isBounded = isBounded
    }
}
