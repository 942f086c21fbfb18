/// One activation as the SIMD passes evaluate it: f and f′ on 16 lanes.
/// Each activation is a small type (its parameters, if any, as stored
/// properties), and `ActivationPass` is generic over it, so every type
/// gets its own specialised loop with its body inlined.
protocol VectorActivationFunction: PointwisePass {
    /// f(x), kinks and saturation as in the catalogue.
    func value(_ x: FloatVector) -> FloatVector
    /// f′(x), kinks as in the catalogue.
    func slope(_ x: FloatVector) -> FloatVector

    /// Whether `value` and `slope` already turn a NaN lane into NaN. When
    /// false the pass puts NaN back itself, after the clamps and blends
    /// that would have replaced it.
    static var propagatesNaN: Bool { get }
}

extension VectorActivationFunction {
    static var propagatesNaN: Bool { false }

    // `PointwisePass` requirements, so that a call on an existential lands
    // in this type's specialised loop rather than in unspecialised generic
    // code. `PairedForwardActivationFunction` and
    // `PairedVectorActivationFunction` pick the two-vector loops instead.
    func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forward(self, input, bias, rows, columns, preactivation, output)
    }

    func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scale(self, delta, count, by: z)
    }

    /// `value` with NaN lanes kept NaN.
    @inline(always)
    func checkedValue(_ x: FloatVector) -> FloatVector {
        let y = value(x)
        return Self.propagatesNaN ? y : VectorMath.keepingNaN(y, of: x)
    }

    /// `slope` with NaN lanes kept NaN.
    @inline(always)
    func checkedSlope(_ x: FloatVector) -> FloatVector {
        let y = slope(x)
        return Self.propagatesNaN ? y : VectorMath.keepingNaN(y, of: x)
    }
}
