/// Float transcendental functions on 16 lanes at once (one AVX-512
/// register), accurate to a few units in the last place: classic range
/// reduction plus short polynomials. The catalogue's Double formulas are the
/// truth they are tested against.
///
/// Callers restore NaN lanes themselves; these functions clamp their inputs
/// so that no finite input, however large, produces NaN.
typealias FloatVector = SIMD16<Float>
typealias HalfDoubleVector = SIMD8<Double>

enum VectorMath {
    static let log2e: Float = 1.442_695_040_888_963_4
    // ln 2 split so that n·ln2Hi is exact for |n| < 2¹⁵ (Cody and Waite).
    static let ln2Hi: Float = 0.693_359_375
    static let ln2Lo: Float = -2.121_944_400_546_905_8e-4

    /// eʳ − 1 for |r| ≤ ½ln 2: Taylor series to r⁸, truncation error below
    /// 6e-10 relative.
    @inline(always)
    static func expm1Kernel(_ r: FloatVector) -> FloatVector {
        var p = FloatVector(repeating: 1.0 / 40320)
        p = p * r + 1.0 / 5040
        p = p * r + 1.0 / 720
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        return (p * r) * r + r
    }

    /// 2ⁿ for integral n in −126...127, built in the exponent field.
    @inline(always)
    static func powerOfTwo(_ n: FloatVector) -> FloatVector {
        // Adding 1.5·2²³ leaves n in the low mantissa bits: a float-to-int
        // conversion without a call into the generic runtime.
        let magic = FloatVector(repeating: 0x1.8p23)
        let integer = unsafeBitCast(n + magic, to: SIMD16<Int32>.self) &- unsafeBitCast(magic, to: SIMD16<Int32>.self)
        return unsafeBitCast((integer &+ 127) &<< 23, to: FloatVector.self)
    }

    /// v·2ⁿ for integral n in −150...129, in two steps so that results
    /// that are subnormal or overflow come out right (as 0… or ∞).
    @inline(always)
    static func scale(_ v: FloatVector, by n: FloatVector) -> FloatVector {
        let first = (n * 0.5).rounded(.down)
        return v * powerOfTwo(first) * powerOfTwo(n - first)
    }

    /// eˣ, after reducing x = n·ln 2 + r.
    @inline(always)
    static func exp(_ x: FloatVector) -> FloatVector {
        let clamped = VectorMath.clamp(x, FloatVector(repeating: -104), FloatVector(repeating: 89))
        let n = (clamped * log2e).rounded(.toNearestOrEven)
        var r = clamped
        r.accumulateProduct(-n, FloatVector(repeating: ln2Hi))
        r.accumulateProduct(-n, FloatVector(repeating: ln2Lo))
        return scale(1 + expm1Kernel(r), by: n)
    }

    /// eˣ for an argument held in Double (16 lanes as two halves), for
    /// arguments such as −x²/2 or βx that Float cannot hold exactly: an
    /// argument error of δ would be a relative error of δ in the result.
    @inline(always)
    static func exp(low: HalfDoubleVector, high: HalfDoubleVector) -> FloatVector {
        let lower = HalfDoubleVector(repeating: -104), upper = HalfDoubleVector(repeating: 89)
        let ln2 = HalfDoubleVector(repeating: 0.693_147_180_559_945_3)
        let cl = VectorMath.clamp(low, lower, upper)
        let ch = VectorMath.clamp(high, lower, upper)
        let nl = (cl * 1.442_695_040_888_963_4).rounded(.toNearestOrEven)
        let nh = (ch * 1.442_695_040_888_963_4).rounded(.toNearestOrEven)
        var rl = cl, rh = ch
        rl.accumulateProduct(-nl, ln2)
        rh.accumulateProduct(-nh, ln2)
        let r = FloatVector(lowHalf: SIMD8<Float>(rl), highHalf: SIMD8<Float>(rh))
        let n = FloatVector(lowHalf: SIMD8<Float>(nl), highHalf: SIMD8<Float>(nh))
        return scale(1 + expm1Kernel(r), by: n)
    }

    /// eˣ − 1 for x ≤ 0, with full relative accuracy near 0 (where
    /// eˣ − 1 would cancel): eˣ − 1 = 2ⁿ·expm1(r) + (2ⁿ − 1).
    @inline(always)
    static func expm1(nonPositive x: FloatVector) -> FloatVector {
        let clamped = VectorMath.clamp(x, FloatVector(repeating: -87), FloatVector(repeating: 0))
        let n = (clamped * log2e).rounded(.toNearestOrEven)
        var r = clamped
        r.accumulateProduct(-n, FloatVector(repeating: ln2Hi))
        r.accumulateProduct(-n, FloatVector(repeating: ln2Lo))
        let power = powerOfTwo(n)
        var result = power - 1
        result.accumulateProduct(power, expm1Kernel(r))
        return result
    }

    /// ln(1 + e) for 0 ≤ e ≤ 1, relative accuracy kept for tiny e.
    @_transparent
    static func log1p(unitInterval e: FloatVector) -> FloatVector {
        let u = 1 + e
        // The rounding error of 1 + e, added back to first order.
        let correction = (e - (u - 1)) / u
        // Reduce u to m in [√½, √2): ln u = k·ln 2 + ln m.
        let high = u .> 1.414_213_562_373_095
        let m = u.replacing(with: u * 0.5, where: high)
        let k = FloatVector(repeating: 0).replacing(with: 1, where: high)
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        // ln m = 2 artanh s = 2s + 2s³/3 + 2s⁵/5 + …, |s| ≤ 0.172.
        var p = FloatVector(repeating: 2.0 / 13)
        p = p * z + 2.0 / 11
        p = p * z + 2.0 / 9
        p = p * z + 2.0 / 7
        p = p * z + 2.0 / 5
        p = p * z + 2.0 / 3
        let logM = (s * z) * p + 2 * s
        return k * ln2Hi + (logM + (k * ln2Lo + correction))
    }

    /// 1/d for 1 ≤ d ≤ 2. A plain divide: on the AVX-512 machines measured
    /// it beats a linear guess plus three Newton steps (seven FMAs) by
    /// about a fifth in a sigmoid pass, since the divider runs beside the
    /// FMA ports, and it is correctly rounded.
    @inline(always)
    static func reciprocal(of d: FloatVector) -> FloatVector {
        1 / d
    }

    /// 1/(1 + e) and e/(1 + e) with e = e^(−|z|): σ(z) without overflow,
    /// tails accurate on both sides, chosen by the sign of z.
    @inline(always)
    static func sigmoid(z: FloatVector, expOfMinusAbs e: FloatVector) -> FloatVector {
        let r = reciprocal(of: 1 + e)
        return r.replacing(with: e * r, where: z .< 0)
    }

    /// σ′ = e/(1 + e)² with e = e^(−|z|), free of the cancellation in σ(1 − σ).
    @inline(always)
    static func sigmoidSlope(expOfMinusAbs e: FloatVector) -> FloatVector {
        let r = reciprocal(of: 1 + e)
        return e * r * r
    }

    /// erfc(t)·e^(t²) for t ≥ 0, as a degree-10 polynomial in s = 1/(1 + t/2),
    /// fitted (weighted Chebyshev least squares, relative error 3.4e-8 in
    /// exact arithmetic) over 0 ≤ t ≤ 10.5; beyond that e^(−t²) underflows.
    @inline(always)
    static func scaledErfc(_ t: FloatVector) -> FloatVector {
        let s = 1 / (1 + 0.5 * t)
        var p = FloatVector(repeating: 0.023_123_378_275_197_542)
        p = p * s - 0.184_903_065_682_360_76
        p = p * s + 0.581_778_272_539_370_2
        p = p * s - 0.887_009_291_497_459_7
        p = p * s + 0.616_054_418_314_532_4
        p = p * s - 0.213_522_793_733_947_42
        p = p * s + 0.270_890_194_405_027_93
        p = p * s + 0.226_941_626_954_039_77
        p = p * s + 0.284_748_712_349_029_8
        p = p * s + 0.281_891_747_134_698_1
        p = p * s + 6.767_679_832_708_762e-6
        return p
    }

    /// Lanes where x is NaN get NaN back, whatever the clamped maths made of them.
    @inline(always)
    static func keepingNaN(_ result: FloatVector, of x: FloatVector) -> FloatVector {
        result.replacing(with: x, where: x .!= x)
    }
}

extension VectorMath {
    /// |x| by clearing the sign bit: exact, and a NaN stays NaN.
    @inline(always)
    static func absolute(_ x: FloatVector) -> FloatVector {
        unsafeBitCast(unsafeBitCast(x, to: SIMD16<UInt32>.self) & 0x7FFF_FFFF, to: FloatVector.self)
    }

    @inline(always)
    static func absolute(_ x: HalfDoubleVector) -> HalfDoubleVector {
        unsafeBitCast(unsafeBitCast(x, to: SIMD8<UInt64>.self) & 0x7FFF_FFFF_FFFF_FFFF, to: HalfDoubleVector.self)
    }
}

extension VectorMath {
    // The standard library's `clamped(lowerBound:upperBound:)` and
    // `pointwiseMin`/`pointwiseMax` end up as out-of-line lane loops;
    // compare-and-blend compiles to two instructions per bound. NaN lanes
    // pass through unchanged.
    @inline(always)
    static func clamp(_ x: FloatVector, _ lower: FloatVector, _ upper: FloatVector) -> FloatVector {
        x.replacing(with: lower, where: x .< lower).replacing(with: upper, where: x .> upper)
    }

    @inline(always)
    static func clamp(_ x: HalfDoubleVector, _ lower: HalfDoubleVector, _ upper: HalfDoubleVector) -> HalfDoubleVector {
        x.replacing(with: lower, where: x .< lower).replacing(with: upper, where: x .> upper)
    }
}

/// The fast path for sigmoid, tanh and swish (β = 1): one short minimax
/// polynomial for eʳ, 2ⁿ from a single shift, a hardware divide, and NaN
/// carried through the arithmetic instead of restored by a blend.
extension VectorMath {
    /// e^(s·r) for |s·r| ≤ ½ln 2 (a little beyond is harmless), s a power
    /// of two folded into the coefficients: degree-5 relative minimax fit
    /// of eʳ, 1.3e-7 relative with the coefficients rounded to Float.
    @inline(always)
    static func expPolynomial(_ r: FloatVector, argumentScale s: Float = 1) -> FloatVector {
        var p = FloatVector(repeating: 8.298_571_892_517_917e-3 * s * s * s * s * s)
        p = fused(p, r, 4.191_631_905_262_016_6e-2 * s * s * s * s)
        p = fused(p, r, 1.666_756_369_232_069_7e-1 * s * s * s)
        p = fused(p, r, 4.999_888_364_094_043_4e-1 * s * s)
        p = fused(p, r, 9.999_996_936_721_703e-1 * s)
        p = fused(p, r, 1.000_000_073_317_613_5)
        return p
    }

    /// e^(s·u)·2^(bias − 127), for u with n = round(s·u/ln 2) and n + bias
    /// in 0...255; s is a power of two, so s·u costs no instruction and no
    /// rounding. Adding 1.5·2²³ + bias to s·u/ln 2 rounds it to an integer
    /// in the low mantissa bits, already biased, so one shift moves it into
    /// the exponent field; n + bias = 0 gives +0 and 255 gives ∞.
    @inline(always)
    static func exp(_ u: FloatVector, argumentScale s: Float = 1, exponentBias bias: Float) -> FloatVector {
        let magic = FloatVector(repeating: 0x1.8p23 + bias)
        var k = magic
        k.accumulateProduct(u, FloatVector(repeating: s * log2e))
        // −n directly: negating n would be an instruction of its own.
        let minusN = magic - k
        // r/s = u − n·ln 2/s, in two parts as usual (exact, s being 2ᵏ).
        var r = u
        r.accumulateProduct(minusN, FloatVector(repeating: ln2Hi / s))
        r.accumulateProduct(minusN, FloatVector(repeating: ln2Lo / s))
        let power = unsafeBitCast(unsafeBitCast(k, to: SIMD16<UInt32>.self) &<< 23, to: FloatVector.self)
        return expPolynomial(r, argumentScale: s) * power
    }

    /// eᵘ for −88 ≤ u ≤ 88 (callers clamp; a NaN u gives NaN). Results
    /// below 2⁻¹²⁶ come out as 0 or a normal near it, not as subnormals.
    @inline(always)
    static func expClamped(_ u: FloatVector) -> FloatVector {
        exp(u, exponentBias: 127)
    }

    /// e^(2u) for −44 ≤ u ≤ 44, as `expClamped`, without forming 2u.
    @inline(always)
    static func expOfDoubleClamped(_ u: FloatVector) -> FloatVector {
        exp(u, argumentScale: 2, exponentBias: 127)
    }

    /// a·b + c as one fused multiply-add: `a * b + c` on SIMD types is
    /// never contracted, and would be two instructions.
    @inline(always)
    static func fused(_ a: FloatVector, _ b: FloatVector, _ c: Float) -> FloatVector {
        var sum = FloatVector(repeating: c)
        sum.accumulateProduct(a, b)
        return sum
    }

    /// −|x| by setting the sign bit: one instruction, NaN stays NaN.
    @inline(always)
    static func negativeAbsolute(_ x: FloatVector) -> FloatVector {
        unsafeBitCast(unsafeBitCast(x, to: SIMD16<UInt32>.self) | 0x8000_0000, to: FloatVector.self)
    }

    /// max(x, bound) as one compare-and-blend, which LLVM turns into a
    /// single vmaxps; a NaN x stays NaN.
    @inline(always)
    static func atLeast(_ x: FloatVector, _ bound: Float) -> FloatVector {
        x.replacing(with: FloatVector(repeating: bound), where: x .< bound)
    }

    @inline(always)
    static func atMost(_ x: FloatVector, _ bound: Float) -> FloatVector {
        x.replacing(with: FloatVector(repeating: bound), where: x .> bound)
    }

    /// tanh x as x·P(x²)/Q(x²), P of degree 5 and Q of degree 3 in x²,
    /// fitted (linearised Remez on the relative error) over |x| ≤ 9:
    /// 6e-8 relative in exact arithmetic, about 3e-7 evaluated in Float.
    /// Beyond 9 tanh rounds to ±1, which the clamped fit returns.
    @inline(always)
    static func tanh(_ x: FloatVector) -> FloatVector {
        let c = atMost(atLeast(x, -9), 9)
        let t = c * c
        var p = FloatVector(repeating: 1.825_583_434_422_739_5e-11)
        p = fused(p, t, -1.278_078_709_532_337_6e-8)
        p = fused(p, t, 9.267_586_392_525_118e-6)
        p = fused(p, t, 2.920_784_987_509_250_6e-3)
        p = fused(p, t, 1.291_925_162_076_95e-1)
        p = fused(p, t, 9.999_999_403_953_552e-1)
        var q = FloatVector(repeating: 2.281_030_756_421_387_2e-4)
        q = fused(q, t, 2.376_326_918_601_989_7e-2)
        q = fused(q, t, 4.625_253_677_368_164e-1)
        q = fused(q, t, 1)
        return c * p / q
    }
}
