import Activations

extension Activation {
    /// The SIMD pass for this activation, its parameters unpacked to the
    /// precision the pass needs; nil for maxout, which has no vector form.
    var vectorPass: (any VectorActivationFunction)? {
        switch kind {
        case .step: StepPass()
        case .sign: SignPass()
        case .linear: LinearPass()
        case .piecewiseLinear: PiecewiseLinearPass()
        case .sigmoid: SigmoidPass()
        case .tanh: TanhPass()
        case .relu: ReLUPass()
        case .relu6: ReLU6Pass()
        case .leakyReLU, .prelu: LeakyReLUPass(negativeSlope: Float(firstParameter))
        case .elu: ELUPass(alpha: Float(firstParameter))
        case .selu: SELUPass()
        case .celu: CELUPass(alpha: firstParameter)
        case .swish: firstParameter == 1 ? SwishUnitPass() : SwishPass(beta: firstParameter)
        case .mish: MishPass()
        case .gelu: GELUPass()
        case .geluTanh: GELUTanhPass()
        case .softplus: firstParameter == 1 ? SoftplusUnitPass() : SoftplusPass(beta: firstParameter)
        case .softsign: SoftsignPass()
        case .hardSigmoid: HardSigmoidPass()
        case .hardSwish: HardSwishPass()
        case .maxout: nil
        }
    }

    /// The kind's one parameter (slope, α or β), found by its catalogue
    /// position so that this code does not depend on the parameter's name.
    private var firstParameter: Double {
        guard let spec = entry.parameters.first else { return 1 }
        return parameters[spec.name] ?? spec.defaultValue
    }
}
