import Activations

/// Fused passes over Float buffers for the dense layers: bias add plus
/// activation on the way forward, the activation's slope on the way back.
/// The common activations run as SIMD16 code (one `VectorActivationFunction`
/// each, see `Activation.vectorPass`); the rest fall back to the catalogue's
/// scalar formulas in Double (`CataloguePass`). The reference passes live
/// in `KernelReference`, built with bounds checks.
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
        let pass: any PointwisePass = activation.vectorPass ?? CataloguePass(activation: activation)
        pass.forward(input, bias, rows, columns, preactivation, output)
    }

    /// delta[i] *= f′(z[i]).
    public static func multiplyByDerivative(
        _ activation: Activation,
        preactivation: UnsafePointer<Float>,
        delta: UnsafeMutablePointer<Float>, count: Int
    ) {
        guard count > 0 else { return }
        let pass: any PointwisePass = activation.vectorPass ?? CataloguePass(activation: activation)
        pass.multiplyByDerivative(delta, count, preactivation)
    }

    /// Whether `forward` and `multiplyByDerivative` run vectorised code for
    /// this kind, rather than the scalar fallback.
    public static func isVectorized(_ kind: ActivationKind) -> Bool {
        Activation(kind).vectorPass != nil
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
