import Activations

/// SELU with the catalogue's λ and α. Computed constants, so that they
/// fold into the loop like literals instead of being read through a lazy
/// global's accessor.
struct SELUPass: VectorActivationFunction {
    private static var lambda: Float { Float(ActivationConstants.seluLambda) }
    private static var lambdaAlpha: Float { Float(ActivationConstants.seluLambda * ActivationConstants.seluAlpha) }

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        (Self.lambdaAlpha * VectorMath.expm1(nonPositive: x)).replacing(with: Self.lambda * x, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        (Self.lambdaAlpha * VectorMath.exp(x)).replacing(with: FloatVector(repeating: Self.lambda), where: x .> Float(0))
    }
}
