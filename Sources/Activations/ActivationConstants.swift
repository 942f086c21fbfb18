/// The fixed constants of the catalogue's formulas, public so that the
/// Float kernels evaluate the same functions rather than keep copies.
/// Computed and inlinable, so a client folds them like literals: a stored
/// `static let` of another module is read through an accessor call.
public enum ActivationConstants {
    /// SELU's fixed point λ (Klambauer et al. 2017), to the digits PyTorch uses.
    @inlinable public static var seluLambda: Double { 1.0507009873554804934193349852946 }
    /// SELU's fixed point α, to the same digits.
    @inlinable public static var seluAlpha: Double { 1.6732632423543772848170429916717 }
    /// 1/√2, rounded once from its exact value.
    @inlinable public static var inverseSquareRootOfTwo: Double { 0.70710678118654752440084436210485 }
    /// What 1/√2 loses in rounding to Double.
    @inlinable public static var inverseSquareRootOfTwoLow: Double { -4.833646656726457e-17 }
    /// 2/√π (erfc′ = −(2/√π)e^(−u²)).
    @inlinable public static var twoOverSquareRootOfPi: Double { 1.1283791670955125738961589031215 }
    /// √(2/π), rounded once from its exact value.
    @inlinable public static var squareRootOfTwoOverPi: Double { 0.79788456080286535587989211986876 }
    /// 1/√(2π), rounded once from its exact value.
    @inlinable public static var inverseSquareRootOfTwoPi: Double { 0.39894228040143267793994605993438 }
    /// The cubic coefficient of GELU's tanh approximation (Hendrycks & Gimpel).
    @inlinable public static var geluTanhCubic: Double { 0.044715 }
    /// Beyond this |x| the tanh-GELU has saturated in both Float and Double,
    /// and x³ or x·x² would only risk overflow (at |x| ≈ 5.6e102 in Double).
    @inlinable public static var geluTanhSaturation: Double { 1.0e4 }
}
