/// Whether a step's weight update is taken inside its weight-gradient
/// products, W ← W − rate·scale·Xᵀδ, so ∂W is never written out and W is
/// read and written once (on the lecture net that saves a 3 MB store per
/// step), or applied afterwards by the optimiser from written gradients.
///
/// Decided once per step, by `Trainer.step`, and handed to the backward
/// pass and the optimiser, so the two always agree on who steps W.
enum DescentFusion: Sendable, Hashable {
    /// The backward pass writes every gradient; the optimiser applies them.
    case separate
    /// The backward pass steps each weight matrix by plain descent at `rate`
    /// and writes only the bias and PReLU-slope gradients, which the
    /// optimiser then applies.
    case fused(rate: Float)

    /// Fusion only where it is the same update as the optimiser's: plain
    /// descent (the step is −rate·∂W and nothing else), no weight decay
    /// and no L1 penalty (λ·W or λ₁·sign W would have to be read into the step), the whole batch in one
    /// chunk (a later chunk's product would step W a second time), and a
    /// step the divergence check will not refuse (a refused step must leave
    /// W as it was).
    init(optimizer: OptimizerKind, weightDecay: Double, l1Penalty: Double = 0, batchFitsOneChunk: Bool, refused: Bool,
         learningRate: Double) {
        let plainDescent = optimizer == .gd || optimizer == .sgd
        if plainDescent && weightDecay == 0 && l1Penalty == 0 && batchFitsOneChunk && !refused {
            self = .fused(rate: Float(learningRate))
        } else {
            self = .separate
        }
    }

    var isFused: Bool {
        if case .fused = self { return true }
        return false
    }
}
