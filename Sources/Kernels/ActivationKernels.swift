import Activations

/// Fused passes over Float buffers for the dense layers: bias add plus
/// activation on the way forward, the activation's slope on the way back.
/// The common activations run as SIMD16 code (see `VectorActivation`);
/// the rest fall back to the catalogue's scalar formulas in Double. The
/// reference passes live in `KernelReference`, built with bounds checks.
///
/// NaN handling: a NaN pre-activation gives a NaN output and a NaN
/// derivative (so the delta becomes NaN), as in the catalogue; nothing is
/// silently replaced, so divergence stays visible to the trainer.
public enum ActivationKernels {
    /// out[r*cols+c] = f(in[r*cols+c] + bias[c]) (bias may be nil). Writes
    /// z (the pre-activation including bias) into `preactivation` if it is
    /// non-nil. `output` may alias `input`; `preactivation` may alias `input`.
    public static func forward(
        _ activation: Activation,
        input: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        rows: Int, columns: Int,
        preactivation: UnsafeMutablePointer<Float>?,
        output: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0, columns > 0 else { return }
        guard let form = VectorActivation(activation) else {
            referenceForward(activation, input: input, bias: bias, rows: rows, columns: columns,
                             preactivation: preactivation, output: output)
            return
        }
        switch form {
        case .step: SpecializedPasses.stepForward(input, bias, rows, columns, preactivation, output)
        case .sign: SpecializedPasses.signForward(input, bias, rows, columns, preactivation, output)
        case .linear: SpecializedPasses.linearForward(input, bias, rows, columns, preactivation, output)
        case .piecewiseLinear: SpecializedPasses.piecewiseLinearForward(input, bias, rows, columns, preactivation, output)
        case .sigmoid: SpecializedPasses.sigmoidForward(input, bias, rows, columns, preactivation, output)
        case .tanh: SpecializedPasses.tanhForward(input, bias, rows, columns, preactivation, output)
        case .relu: SpecializedPasses.reluForward(input, bias, rows, columns, preactivation, output)
        case .relu6: SpecializedPasses.relu6Forward(input, bias, rows, columns, preactivation, output)
        case .leaky(let slope): SpecializedPasses.leakyForward(input, bias, rows, columns, preactivation, output, slope: slope)
        case .elu(let alpha): SpecializedPasses.eluForward(input, bias, rows, columns, preactivation, output, alpha: alpha)
        case .selu: SpecializedPasses.seluForward(input, bias, rows, columns, preactivation, output)
        case .celu(let alpha): SpecializedPasses.celuForward(input, bias, rows, columns, preactivation, output, alpha: alpha)
        case .mish: SpecializedPasses.mishForward(input, bias, rows, columns, preactivation, output)
        case .swish(let beta) where beta == 1: SpecializedPasses.swishUnitForward(input, bias, rows, columns, preactivation, output)
        case .swish(let beta): SpecializedPasses.swishForward(input, bias, rows, columns, preactivation, output, beta: beta)
        case .gelu: SpecializedPasses.geluForward(input, bias, rows, columns, preactivation, output)
        case .geluTanh: SpecializedPasses.geluTanhForward(input, bias, rows, columns, preactivation, output)
        case .softplus(let beta): SpecializedPasses.softplusForward(input, bias, rows, columns, preactivation, output, beta: beta)
        case .softsign: SpecializedPasses.softsignForward(input, bias, rows, columns, preactivation, output)
        case .hardSigmoid: SpecializedPasses.hardSigmoidForward(input, bias, rows, columns, preactivation, output)
        case .hardSwish: SpecializedPasses.hardSwishForward(input, bias, rows, columns, preactivation, output)
        }
    }

    /// delta[i] *= f′(z[i]).
    public static func multiplyByDerivative(
        _ activation: Activation,
        preactivation: UnsafePointer<Float>,
        delta: UnsafeMutablePointer<Float>, count: Int
    ) {
        guard count > 0 else { return }
        guard let form = VectorActivation(activation) else {
            referenceMultiplyByDerivative(activation, preactivation: preactivation, delta: delta, count: count)
            return
        }
        switch form {
        case .step, .sign: SpecializedPasses.stepBackward(delta, count, preactivation)
        case .linear: SpecializedPasses.linearBackward(delta, count, preactivation)
        case .piecewiseLinear: SpecializedPasses.piecewiseLinearBackward(delta, count, preactivation)
        case .sigmoid: SpecializedPasses.sigmoidBackward(delta, count, preactivation)
        case .tanh: SpecializedPasses.tanhBackward(delta, count, preactivation)
        case .relu: SpecializedPasses.reluBackward(delta, count, preactivation)
        case .relu6: SpecializedPasses.relu6Backward(delta, count, preactivation)
        case .leaky(let slope): SpecializedPasses.leakyBackward(delta, count, preactivation, slope: slope)
        case .elu(let alpha): SpecializedPasses.eluBackward(delta, count, preactivation, alpha: alpha)
        case .selu: SpecializedPasses.seluBackward(delta, count, preactivation)
        case .celu(let alpha): SpecializedPasses.celuBackward(delta, count, preactivation, alpha: alpha)
        case .mish: SpecializedPasses.mishBackward(delta, count, preactivation)
        case .swish(let beta) where beta == 1: SpecializedPasses.swishUnitBackward(delta, count, preactivation)
        case .swish(let beta): SpecializedPasses.swishBackward(delta, count, preactivation, beta: beta)
        case .gelu: SpecializedPasses.geluBackward(delta, count, preactivation)
        case .geluTanh: SpecializedPasses.geluTanhBackward(delta, count, preactivation)
        case .softplus(let beta): SpecializedPasses.softplusBackward(delta, count, preactivation, beta: beta)
        case .softsign: SpecializedPasses.softsignBackward(delta, count, preactivation)
        case .hardSigmoid: SpecializedPasses.hardSigmoidBackward(delta, count, preactivation)
        case .hardSwish: SpecializedPasses.hardSwishBackward(delta, count, preactivation)
        }
    }

    /// Whether `forward` and `multiplyByDerivative` run vectorised code for
    /// this kind, rather than the scalar fallback.
    public static func isVectorized(_ kind: ActivationKind) -> Bool {
        VectorActivation(Activation(kind)) != nil
    }

    /// The scalar truth for `forward`: z rounded to Float as the fast pass
    /// stores it, then the catalogue's f in Double, rounded once.
    public static func referenceForward(
        _ activation: Activation,
        input: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        rows: Int, columns: Int,
        preactivation: UnsafeMutablePointer<Float>?,
        output: UnsafeMutablePointer<Float>
    ) {
        ReferenceActivationPass.forward(activation, input: input, bias: bias, rows: rows, columns: columns,
                                        preactivation: preactivation, output: output)
    }

    /// The scalar truth for `multiplyByDerivative`: f′ in Double, rounded
    /// once, then one Float multiply.
    public static func referenceMultiplyByDerivative(
        _ activation: Activation,
        preactivation: UnsafePointer<Float>,
        delta: UnsafeMutablePointer<Float>, count: Int
    ) {
        ReferenceActivationPass.multiplyByDerivative(activation, preactivation: preactivation, delta: delta, count: count)
    }
}
