/// CELU: x above 0, α(e^(x/α) − 1) at and below.
struct CELUPass: VectorActivationFunction {
    /// Double: e^(x/α) needs x/α formed exactly when α ≠ 1.
    let alpha: Double

    @inline(always)
    func value(_ x: FloatVector) -> FloatVector {
        // x/α rounded to Float moves expm1 by at most that rounding, relatively.
        let scaled = alpha == 1 ? x : x * Float(1 / alpha)
        return (Float(alpha) * VectorMath.expm1(nonPositive: scaled)).replacing(with: x, where: x .> Float(0))
    }

    @inline(always)
    func slope(_ x: FloatVector) -> FloatVector {
        let e: FloatVector
        if alpha == 1 {
            e = VectorMath.exp(x)
        } else {
            // In Double, x/α is exact enough that e^(x/α) keeps full accuracy.
            let low = HalfDoubleVector(x.lowHalf) / alpha, high = HalfDoubleVector(x.highHalf) / alpha
            e = VectorMath.exp(low: low, high: high)
        }
        return e.replacing(with: FloatVector(repeating: 1), where: x .> Float(0))
    }
}
