import RealModule

/// Building blocks written so that no finite input produces NaN or an
/// overflowed intermediate, and tails keep full relative accuracy. Each one is
/// shared by several activations, which is why they live apart from the
/// per-kind formulas.
@usableFromInline
enum StableMath {
    /// σ(x) = 1 / (1 + e⁻ˣ), branching on the sign so `exp` never overflows
    /// and σ(−700) keeps its relative accuracy instead of rounding 1 + e⁷⁰⁰.
    @inlinable
    static func sigmoid<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x >= 0 {
            return 1 / (1 + T.exp(-x))
        }
        let e = T.exp(x)
        return e / (1 + e)
    }

    /// σ′(x) = σ(x)σ(−x) = e⁻ᐟˣᐟ / (1 + e⁻ᐟˣᐟ)². Written with e^(−|x|) because
    /// σ(x)(1 − σ(x)) cancels to 0 for x ≳ 37 in Double.
    @inlinable
    static func sigmoidSlope<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        let e = T.exp(-abs(x))
        let d = 1 + e
        return e / (d * d)
    }

    /// sech²(x) = 1 − tanh²(x), computed as 4e / (1 + e)² with e = e^(−2|x|)
    /// so that it does not cancel to 0 once tanh rounds to ±1.
    @inlinable
    static func sechSquared<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        let e = T.exp(-2 * abs(x))
        let d = 1 + e
        return 4 * e / (d * d)
    }

    /// softplus(x) = ln(1 + e^(βx)) / β as max(x, 0) + ln(1 + e^(−β|x|)) / β:
    /// exact-looking for large x, e^(βx)/β-accurate (down to subnormals) for
    /// very negative x, and βx is never exponentiated when it is large.
    @inlinable
    static func softplus<T: Real & BinaryFloatingPoint>(_ x: T, beta: T = 1) -> T {
        let tail = T.log(onePlus: T.exp(-beta * abs(x)))
        let scaledTail = beta == 1 ? tail : tail / beta
        return x > 0 ? x + scaledTail : scaledTail
    }

    /// Φ(x) = ½·erfc(−x/√2), the standard normal CDF. In the lower tail erfc's
    /// relative error is about 2u² times that of its argument u = −x/√2 (7e-14
    /// at x = −30 from rounding u alone), so there u's rounding error —
    /// recovered exactly with a fused multiply-add, plus the error of the
    /// constant 1/√2 itself — is fed back to first order: erfc(u + δ) ≈
    /// erfc(u) − δ·(2/√π)·e^(−u²).
    @inlinable
    static func normalCDF<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        let hi = T(ActivationConstants.inverseSquareRootOfTwo)
        let u = -x * hi
        let complement = T.erfc(u)
        guard u > 2 else { return complement / 2 }
        let lo = T(ActivationConstants.inverseSquareRootOfTwo - Double(hi))
            + T(ActivationConstants.inverseSquareRootOfTwoLow)
        let delta = (-u).addingProduct(-x, hi) - x * lo
        return (complement - delta * T(ActivationConstants.twoOverSquareRootOfPi) * T.exp(-u * u)) / 2
    }

    /// φ(x) = e^(−x²/2)/√(2π), the standard normal density. Where x² is
    /// large its rounding error would be magnified by the exponent, so the
    /// exact remainder (again by fused multiply-add) corrects it.
    @inlinable
    static func normalPDF<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        let square = x * x
        let density = T(ActivationConstants.inverseSquareRootOfTwoPi) * T.exp(-square / 2)
        guard abs(x) > 2, square.isFinite else { return density }
        let remainder = (-square).addingProduct(x, x)
        return density * (1 - remainder / 2)
    }
}

