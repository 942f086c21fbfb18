import RealModule

extension Activation {
    /// f(x). Never NaN or infinite for a finite x whose true f(x) is finite
    /// in `T`; NaN in gives NaN out.
    @inlinable
    public func value<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x.isNaN { return x }
        switch kind {
        case .step:
            // ½ at 0, as in the lecture's table of the Heaviside step.
            return x > 0 ? 1 : (x < 0 ? 0 : 0.5)
        case .sign:
            return x > 0 ? 1 : (x < 0 ? -1 : 0)
        case .linear:
            return x
        case .piecewiseLinear:
            return x <= -0.5 ? 0 : (x >= 0.5 ? 1 : x + 0.5)
        case .sigmoid:
            return StableMath.sigmoid(x)
        case .tanh:
            return T.tanh(x)
        case .relu:
            return x > 0 ? x : 0
        case .relu6:
            return x > 0 ? Swift.min(x, 6) : 0
        case .leakyReLU, .prelu:
            return x > 0 ? x : T(p0) * x
        case .elu:
            return x > 0 ? x : T(p0) * T.expMinusOne(x)
        case .celu:
            return x > 0 ? x : T(p0) * T.expMinusOne(x / T(p0))
        case .selu:
            let lambda = ActivationConstants.seluLambda
            return x > 0 ? T(lambda) * x : T(lambda * ActivationConstants.seluAlpha) * T.expMinusOne(x)
        case .swish:
            return x * StableMath.sigmoid(T(p0) * x)
        case .mish:
            return x * T.tanh(StableMath.softplus(x))
        case .gelu:
            // x·Φ(x) with Φ through erfc: ½(1 + erf) cancels for negative x.
            return x * StableMath.normalCDF(x)
        case .geluTanh:
            // ½(1 + tanh u) = σ(2u), which does not cancel for negative x.
            if abs(x) > T(ActivationConstants.geluTanhSaturation) { return x > 0 ? x : -0.0 }
            let (c, cubic) = (T(ActivationConstants.squareRootOfTwoOverPi), T(ActivationConstants.geluTanhCubic))
            let u = c * x * (1 + cubic * x * x)
            return x * StableMath.sigmoid(2 * u)
        case .softplus:
            return StableMath.softplus(x, beta: T(p0))
        case .softsign:
            return x / (1 + abs(x))
        case .hardSigmoid:
            return x <= -3 ? 0 : (x >= 3 ? 1 : (x + 3) / 6)
        case .hardSwish:
            return x <= -3 ? 0 : (x >= 3 ? x : x * (x + 3) / 6)
        case .maxout:
            return Swift.max(T(p0) * x + T(p1), T(p2) * x + T(p3))
        }
    }

    /// f′(x). At kinks this follows PyTorch's autograd: ReLU′(0) = 0,
    /// Leaky ReLU′(0) = slope, PReLU′(0) = α, ELU′(0) = α, CELU′(0) = 1,
    /// SELU′(0) = λα, ReLU6′ = 0 at 0 and 6, hard-sigmoid′ = ⅙ only strictly
    /// inside (−3, 3), hard-swish′ = x/3 + ½ on the closed [−3, 3], so −½ at
    /// −3 and 3/2 at 3 (`hardswish_backward`'s scalar and CUDA kernels; its
    /// vectorised CPU kernel gives 1 at 3). Maxout at a tie takes the smaller slope — the
    /// left derivative, the same choice PyTorch makes for ReLU, Leaky ReLU,
    /// PReLU and ELU — so maxout(x, 0) has exactly ReLU's derivative.
    /// Step, sign and the piecewise-linear edges get 0.
    @inlinable
    public func derivative<T: Real & BinaryFloatingPoint>(_ x: T) -> T {
        if x.isNaN { return x }
        switch kind {
        case .step, .sign:
            return 0
        case .linear:
            return 1
        case .piecewiseLinear:
            return x > -0.5 && x < 0.5 ? 1 : 0
        case .sigmoid:
            return StableMath.sigmoidSlope(x)
        case .tanh:
            return StableMath.sechSquared(x)
        case .relu:
            return x > 0 ? 1 : 0
        case .relu6:
            return x > 0 && x < 6 ? 1 : 0
        case .leakyReLU, .prelu:
            return x > 0 ? 1 : T(p0)
        case .elu:
            return x > 0 ? 1 : T(p0) * T.exp(x)
        case .celu:
            return x > 0 ? 1 : T.exp(x / T(p0))
        case .selu:
            let lambda = ActivationConstants.seluLambda
            return x > 0 ? T(lambda) : T(lambda * ActivationConstants.seluAlpha) * T.exp(x)
        case .swish:
            // σ(z) + z·σ′(z) with z = βx; z·σ′(z) is 0 once z overflows.
            let z = T(p0) * x
            guard z.isFinite else { return z > 0 ? 1 : 0 }
            return StableMath.sigmoid(z) + z * StableMath.sigmoidSlope(z)
        case .mish:
            let s = StableMath.softplus(x)
            return T.tanh(s) + x * StableMath.sechSquared(s) * StableMath.sigmoid(x)
        case .gelu:
            // Φ(x) + x·φ(x); x² overflows to ∞ for huge x, and e^(−∞) = 0.
            let pdf = StableMath.normalPDF(x)
            return pdf == 0 ? StableMath.normalCDF(x) : StableMath.normalCDF(x) + x * pdf
        case .geluTanh:
            if abs(x) > T(ActivationConstants.geluTanhSaturation) { return x > 0 ? 1 : 0 }
            let x2 = x * x
            let (c, cubic) = (T(ActivationConstants.squareRootOfTwoOverPi), T(ActivationConstants.geluTanhCubic))
            let u = c * x * (1 + cubic * x2)
            let du = c * (1 + 3 * cubic * x2)
            return StableMath.sigmoid(2 * u) + 2 * x * du * StableMath.sigmoidSlope(2 * u)
        case .softplus:
            return StableMath.sigmoid(T(p0) * x)
        case .softsign:
            let d = 1 + abs(x)
            return 1 / (d * d)
        case .hardSigmoid:
            return x > -3 && x < 3 ? T(1) / 6 : 0
        case .hardSwish:
            return x < -3 ? 0 : (x <= 3 ? x / 3 + 0.5 : 1)
        case .maxout:
            let first = T(p0) * x + T(p1)
            let second = T(p2) * x + T(p3)
            if first > second { return T(p0) }
            if second > first { return T(p2) }
            return Swift.min(T(p0), T(p2))
        }
    }
}
