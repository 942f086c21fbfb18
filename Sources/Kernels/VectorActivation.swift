import Activations

/// An activation in the form the SIMD passes evaluate: its kind with its
/// parameters unpacked to Float. Maxout, which is not a pointwise function,
/// has no `VectorActivation` and takes the scalar fallback.
enum VectorActivation: Sendable {
    case step, sign, linear, piecewiseLinear
    case sigmoid, tanh
    case relu, relu6
    /// Leaky ReLU and PReLU with a single, shared slope.
    case leaky(slope: Float)
    case elu(alpha: Float)
    /// α stays Double: e^(x/α) needs x/α formed exactly when α ≠ 1.
    case celu(alpha: Double)
    case selu
    /// β = 1 keeps the whole computation in Float, since βx is then exact,
    /// and has passes of its own (`swishUnitValue`, `swishUnitSlope`).
    case swish(beta: Double)
    case mish
    case gelu, geluTanh
    case softplus(beta: Double)
    case softsign, hardSigmoid, hardSwish

    init?(_ activation: Activation) {
        switch activation.kind {
        case .step: self = .step
        case .sign: self = .sign
        case .linear: self = .linear
        case .piecewiseLinear: self = .piecewiseLinear
        case .sigmoid: self = .sigmoid
        case .tanh: self = .tanh
        case .relu: self = .relu
        case .relu6: self = .relu6
        case .leakyReLU, .prelu: self = .leaky(slope: Float(Self.firstParameter(of: activation)))
        case .elu: self = .elu(alpha: Float(Self.firstParameter(of: activation)))
        case .selu: self = .selu
        case .swish: self = .swish(beta: Self.firstParameter(of: activation))
        case .gelu: self = .gelu
        case .geluTanh: self = .geluTanh
        case .softplus: self = .softplus(beta: Self.firstParameter(of: activation))
        case .softsign: self = .softsign
        case .hardSigmoid: self = .hardSigmoid
        case .hardSwish: self = .hardSwish
        case .celu: self = .celu(alpha: Self.firstParameter(of: activation))
        case .mish: self = .mish
        case .maxout: return nil
        }
    }

    /// The kind's one parameter (slope, α or β), found by its catalogue
    /// position so that this code does not depend on the parameter's name.
    private static func firstParameter(of activation: Activation) -> Double {
        guard let spec = activation.entry.parameters.first else { return 1 }
        return activation.parameters[spec.name] ?? spec.defaultValue
    }
}

// SELU's fixed-point constants (Klambauer et al. 2017).
private let seluLambda: Float = 1.050_700_987_355_480_5
private let seluLambdaAlpha: Float = Float(1.050_700_987_355_480_5 * 1.673_263_242_354_377_3)
private let squareRootOfTwoOverPi = 0.797_884_560_802_865_4
private let inverseSquareRootOfTwo: Float = 0.707_106_781_186_547_5
private let inverseSquareRootOfTwoPi: Float = 0.398_942_280_401_432_7
private let geluTanhCubic = 0.044715
/// Beyond this |x| the tanh-GELU has saturated (as in the catalogue).
private let geluTanhSaturation: Float = 1.0e4

extension VectorActivation {
    // One function per kind and direction, so that each pass inlines one
    // body into its loop. Kinks and saturation follow the catalogue exactly.

    @inline(__always)
    static func stepValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = FloatVector(repeating: 0.5).replacing(with: one, where: x .> Float(0)).replacing(with: zero, where: x .< Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func signValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = zero.replacing(with: one, where: x .> Float(0)).replacing(with: -one, where: x .< Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func linearValue(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        result = x
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func piecewiseLinearValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = (x + 0.5).replacing(with: zero, where: x .<= Float(-0.5)).replacing(with: one, where: x .>= Float(0.5))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func sigmoidValue(_ x: FloatVector) -> FloatVector {
        // 1/(1 + e^(−x)) with x clamped to ±88: beyond, σ is 1 or below
        // 2⁻¹²⁶ either way. A NaN x passes the clamp and the arithmetic.
        let u = VectorMath.atMost(VectorMath.atLeast(-x, -88), 88)
        return 1 / (1 + VectorMath.expClamped(u))
    }

    @inline(__always)
    static func tanhValue(_ x: FloatVector) -> FloatVector {
        VectorMath.tanh(x)
    }

    @inline(__always)
    static func reluValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let result: FloatVector
        result = zero.replacing(with: x, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func relu6Value(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let result: FloatVector
        result = zero.replacing(with: VectorMath.clamp(x, zero, FloatVector(repeating: 6)), where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func leakyValue(_ x: FloatVector, slope: Float) -> FloatVector {
        let result: FloatVector
        result = (slope * x).replacing(with: x, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func eluValue(_ x: FloatVector, alpha: Float) -> FloatVector {
        let result: FloatVector
        result = (alpha * VectorMath.expm1(nonPositive: x)).replacing(with: x, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func seluValue(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        result = (seluLambdaAlpha * VectorMath.expm1(nonPositive: x)).replacing(with: seluLambda * x, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func celuValue(_ x: FloatVector, alpha: Double) -> FloatVector {
        let result: FloatVector
        // x/α rounded to Float moves expm1 by at most that rounding, relatively.
        let scaled = alpha == 1 ? x : x * Float(1 / alpha)
        result = (Float(alpha) * VectorMath.expm1(nonPositive: scaled)).replacing(with: x, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func mishValue(_ x: FloatVector) -> FloatVector {
        // tanh(softplus x) = P/Q from e = e^(−|x|), without cancellation:
        // x < 0: P = e(e + 2), Q = P + 2; x ≥ 0: P = 1 + 2e, Q = P + 2e².
        // For x < 0, x·P/Q = u·e·2⁶⁴·(e + 2)/(2⁶⁴·Q), as for swish.
        let (u, scaledE, e) = Self.exponentOfMinusAbsolute(x)
        let (p, q) = Self.mishRatio(x, e)
        let negative = x .< Float(0)
        let numerator = (x * p).replacing(with: u * scaledE * (e + 2), where: negative)
        return numerator / q.replacing(with: q * 0x1p64, where: negative)
    }

    @inline(__always)
    static func swishUnitValue(_ x: FloatVector) -> FloatVector {
        // x·e/(1 + e) for x < 0 and x/(1 + e) above, e = e^(−|x|).
        let (u, scaledE, _) = Self.exponentOfMinusAbsolute(x)
        let negative = x .< Float(0)
        let numerator = x.replacing(with: u * scaledE, where: negative)
        // 2⁶⁴(1 + e) below zero, 1 + e above: one FMA on chosen operands.
        var denominator = FloatVector(repeating: 1).replacing(with: 0x1p64, where: negative)
        denominator.accumulateProduct(scaledE, FloatVector(repeating: 0x1p-64).replacing(with: 1, where: negative))
        return numerator / denominator
    }

    @inline(__always)
    static func swishValue(_ x: FloatVector, beta: Double) -> FloatVector {
        let result: FloatVector
        let (z, e) = Self.scaledExponent(x, beta: beta)
        result = x * VectorMath.sigmoid(z: z, expOfMinusAbs: e)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func geluValue(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        let tail = Self.normalTail(x)
        // Φ(x) = tail for x ≤ 0 and 1 − tail above, never cancelling.
        let cdf = tail.replacing(with: 1 - tail, where: x .> Float(0))
        result = x * cdf
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func geluTanhValue(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        let (z, e) = Self.geluTanhExponent(x)
        let saturated = x.replacing(with: FloatVector(repeating: -0.0), where: x .< Float(0))
        result = (x * VectorMath.sigmoid(z: z, expOfMinusAbs: e))
            .replacing(with: saturated, where: VectorMath.absolute(x) .> geluTanhSaturation)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func softplusValue(_ x: FloatVector, beta: Double) -> FloatVector {
        let result: FloatVector
        let (_, e) = Self.scaledExponent(x, beta: beta)
        var tail = VectorMath.log1p(unitInterval: e)
        if beta != 1 { tail = tail / Float(beta) }
        result = tail.replacing(with: x + tail, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func softsignValue(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        result = x / (1 + VectorMath.absolute(x))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func hardSigmoidValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = ((x + 3) / 6).replacing(with: zero, where: x .<= Float(-3)).replacing(with: one, where: x .>= Float(3))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func hardSwishValue(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let result: FloatVector
        result = (x * (x + 3) / 6).replacing(with: zero, where: x .<= Float(-3)).replacing(with: x, where: x .>= Float(3))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func stepSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let result: FloatVector
        result = zero
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func linearSlope(_ x: FloatVector) -> FloatVector {
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = one
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func piecewiseLinearSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = zero.replacing(with: one, where: (x .> Float(-0.5)) .& (x .< Float(0.5)))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func sigmoidSlope(_ x: FloatVector) -> FloatVector {
        // σ′ = e/(1 + e)² with e = e^(−|x|), free of the cancellation in
        // σ(1 − σ); below e^(−88) σ′ is under the subnormal range anyway.
        let e = VectorMath.expClamped(VectorMath.atLeast(VectorMath.negativeAbsolute(x), -88))
        let r = 1 / (1 + e)
        return e * r * r
    }

    @inline(__always)
    static func tanhSlope(_ x: FloatVector) -> FloatVector {
        // sech²x = 4e/(1 + e)² = e·t² with e = e^(−2|x|), t = 2/(1 + e).
        let u = VectorMath.atLeast(VectorMath.negativeAbsolute(x), -44)
        let e = VectorMath.expOfDoubleClamped(u)
        let t = 2 / (1 + e)
        return e * t * t
    }

    @inline(__always)
    static func reluSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = zero.replacing(with: one, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func relu6Slope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = zero.replacing(with: one, where: (x .> Float(0)) .& (x .< Float(6)))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func leakySlope(_ x: FloatVector, slope: Float) -> FloatVector {
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = FloatVector(repeating: slope).replacing(with: one, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func eluSlope(_ x: FloatVector, alpha: Float) -> FloatVector {
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = (alpha * VectorMath.exp(x)).replacing(with: one, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func seluSlope(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        result = (seluLambdaAlpha * VectorMath.exp(x)).replacing(with: FloatVector(repeating: seluLambda), where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func celuSlope(_ x: FloatVector, alpha: Double) -> FloatVector {
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        let e: FloatVector
        if alpha == 1 {
            e = VectorMath.exp(x)
        } else {
            // In Double, x/α is exact enough that e^(x/α) keeps full accuracy.
            let low = HalfDoubleVector(x.lowHalf) / alpha, high = HalfDoubleVector(x.highHalf) / alpha
            e = VectorMath.exp(low: low, high: high)
        }
        result = e.replacing(with: one, where: x .> Float(0))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func mishSlope(_ x: FloatVector) -> FloatVector {
        // tanh s + x·sech²s·σ(x), s = softplus x, over one common divisor:
        // with T = P/Q, sech²s = (Q − P)(Q + P)/Q², and σ(x) = N/(1 + e),
        // N = e for x < 0, 1 above. Then f′ = (P·Q·(1 + e) + x·A)/(Q²(1 + e))
        // with A = (Q − P)(Q + P)·N: 4e(P + 1) below 0, 4e²(P + e²) above.
        // x is clamped to ±88 so that x·A stays finite (x = ±∞ would make
        // ∞·0); the slope there is 0 or 1 to well within Float.
        let clamped = VectorMath.atMost(VectorMath.atLeast(x, -88), 88)
        let e = VectorMath.expClamped(VectorMath.negativeAbsolute(clamped))
        let (p, q) = Self.mishRatio(clamped, e)
        let negative = clamped .< Float(0)
        let ee = e * e
        let a = (4 * ee * (p + ee)).replacing(with: 4 * e * (p + 1), where: negative)
        let b = 1 + e
        var numerator = p * q * b
        numerator.accumulateProduct(clamped, a)
        return numerator / (q * q * b)
    }

    @inline(__always)
    static func swishUnitSlope(_ x: FloatVector) -> FloatVector {
        // σ(x) + x·σ′(x) with σ′ = e·r², r = 1/(1 + e), e = e^(−|x|).
        // Clamping x to ±88 keeps x·σ′ finite (x·0 would be NaN for
        // x = ±∞) and changes the result by less than 1e-36.
        let clamped = VectorMath.atMost(VectorMath.atLeast(x, -88), 88)
        let e = VectorMath.expClamped(VectorMath.negativeAbsolute(clamped))
        let r = 1 / (1 + e)
        let er = e * r
        var result = r.replacing(with: er, where: clamped .< Float(0))
        result.accumulateProduct(clamped, er * r)
        return result
    }

    @inline(__always)
    static func swishSlope(_ x: FloatVector, beta: Double) -> FloatVector {
        let result: FloatVector
        // σ(z) + z·σ′(z), z = βx; z is capped so that z·0 stays 0.
        let (z, e) = Self.scaledExponent(x, beta: beta)
        let cappedZ = VectorMath.clamp(z, FloatVector(repeating: -1e30), FloatVector(repeating: 1e30))
        result = VectorMath.sigmoid(z: z, expOfMinusAbs: e) + cappedZ * VectorMath.sigmoidSlope(expOfMinusAbs: e)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func geluSlope(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        // Φ(x) + x·φ(x), both from the one e^(−x²/2).
        let (tail, gaussian) = Self.normalTailAndGaussian(x)
        let cdf = tail.replacing(with: 1 - tail, where: x .> Float(0))
        result = cdf + x * (inverseSquareRootOfTwoPi * gaussian)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func geluTanhSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        let capped = VectorMath.clamp(x, FloatVector(repeating: -geluTanhSaturation),
                               FloatVector(repeating: geluTanhSaturation))
        let (z, e) = Self.geluTanhExponent(capped)
        let c = Float(squareRootOfTwoOverPi)
        let du = c * (1 + Float(3 * geluTanhCubic) * capped * capped)
        let slope = VectorMath.sigmoid(z: z, expOfMinusAbs: e) + 2 * capped * du * VectorMath.sigmoidSlope(expOfMinusAbs: e)
        result = slope.replacing(with: zero.replacing(with: one, where: x .> Float(0)), where: VectorMath.absolute(x) .> geluTanhSaturation)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func softplusSlope(_ x: FloatVector, beta: Double) -> FloatVector {
        let result: FloatVector
        let (z, e) = Self.scaledExponent(x, beta: beta)
        result = VectorMath.sigmoid(z: z, expOfMinusAbs: e)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func softsignSlope(_ x: FloatVector) -> FloatVector {
        let result: FloatVector
        let d = 1 + VectorMath.absolute(x)
        result = 1 / (d * d)
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func hardSigmoidSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let result: FloatVector
        result = zero.replacing(with: FloatVector(repeating: Float(1.0 / 6)), where: (x .> Float(-3)) .& (x .< Float(3)))
        return VectorMath.keepingNaN(result, of: x)
    }

    @inline(__always)
    static func hardSwishSlope(_ x: FloatVector) -> FloatVector {
        let zero = FloatVector(repeating: 0)
        let one = FloatVector(repeating: 1)
        let result: FloatVector
        result = ((2 * x + 3) / 6).replacing(with: zero, where: x .< Float(-3)).replacing(with: one, where: x .> Float(3))
        return VectorMath.keepingNaN(result, of: x)
    }

    /// u = max(−|x|, −110) (= x for −110 ≤ x ≤ 0), e^u·2⁶⁴ and e^u. Below 0
    /// swish and mish are about x·e^x, still above 1e-37 at x = −89.7 where
    /// e^x is subnormal; taking x·e^u·2⁶⁴ (normal) and putting the 2⁶⁴ into
    /// the divisor leaves a single rounding into the subnormals, at the end,
    /// instead of a subnormal e^x with few bits of its own. Beyond −110 the
    /// clamp gives results under 1e-45, which round to zero.
    @inline(__always)
    private static func exponentOfMinusAbsolute(_ x: FloatVector) -> (FloatVector, FloatVector, FloatVector) {
        let u = VectorMath.atLeast(VectorMath.negativeAbsolute(x), -110)
        let scaled = VectorMath.exp(u, exponentBias: 127 + 64)
        return (u, scaled, scaled * 0x1p-64)
    }

    /// tanh(softplus x) as P/Q (see `mishValue`), given e = e^(−|x|).
    @inline(__always)
    private static func mishRatio(_ x: FloatVector, _ e: FloatVector) -> (FloatVector, FloatVector) {
        let negative = x .< Float(0)
        let twiceE = e + e
        let p = (twiceE + 1).replacing(with: e * (e + 2), where: negative)
        let q = p + (twiceE * e).replacing(with: FloatVector(repeating: 2), where: negative)
        return (p, q)
    }

    /// z = βx (rounded, for signs and the z·σ′ term) and e^(−|βx|) with βx
    /// formed in Double when β ≠ 1, so the exponential's argument is exact.
    @inline(__always)
    private static func scaledExponent(_ x: FloatVector, beta: Double) -> (FloatVector, FloatVector) {
        if beta == 1 {
            return (x, VectorMath.exp(-VectorMath.absolute(x)))
        }
        let low = beta * HalfDoubleVector(x.lowHalf), high = beta * HalfDoubleVector(x.highHalf)
        let z = FloatVector(lowHalf: SIMD8<Float>(low), highHalf: SIMD8<Float>(high))
        return (z, VectorMath.exp(low: -VectorMath.absolute(low), high: -VectorMath.absolute(high)))
    }

    /// z = 2u with u = √(2/π)(x + 0.044715x³), and e^(−|z|); u is formed in
    /// Double because its rounding, up to |z| ≈ 87, would be magnified
    /// into the tail σ(z) ≈ e^z.
    @inline(__always)
    private static func geluTanhExponent(_ x: FloatVector) -> (FloatVector, FloatVector) {
        let low = HalfDoubleVector(x.lowHalf), high = HalfDoubleVector(x.highHalf)
        let zLow = 2 * squareRootOfTwoOverPi * low * (1 + geluTanhCubic * low * low)
        let zHigh = 2 * squareRootOfTwoOverPi * high * (1 + geluTanhCubic * high * high)
        let z = FloatVector(lowHalf: SIMD8<Float>(zLow), highHalf: SIMD8<Float>(zHigh))
        return (z, VectorMath.exp(low: -VectorMath.absolute(zLow), high: -VectorMath.absolute(zHigh)))
    }

    /// Φ(−|x|), the normal tail, as ½·e^(−x²/2)·erfc(t)e^(t²), t = |x|/√2.
    @inline(__always)
    private static func normalTail(_ x: FloatVector) -> FloatVector {
        normalTailAndGaussian(x).tail
    }

    /// The normal tail Φ(−|x|) and e^(−x²/2), whose argument x²/2 is exact
    /// in Double (a Float x² would cost a relative error of x²·2⁻²⁴).
    @inline(__always)
    private static func normalTailAndGaussian(_ x: FloatVector) -> (tail: FloatVector, gaussian: FloatVector) {
        let low = HalfDoubleVector(x.lowHalf), high = HalfDoubleVector(x.highHalf)
        let gaussian = VectorMath.exp(low: -0.5 * (low * low), high: -0.5 * (high * high))
        let t = VectorMath.absolute(x) * inverseSquareRootOfTwo
        return (0.5 * gaussian * VectorMath.scaledErfc(t), gaussian)
    }
}
