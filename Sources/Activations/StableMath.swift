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
}
