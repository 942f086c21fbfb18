/// Where a trainer finds the weight gradients of its latest step: ∂loss/∂W
/// over that step's batch, at the weights before the step, reduced as the
/// configuration says (sum or mean) and without weight decay. Every gradient
/// diagnostic (norms, the divergence message) reports these,
/// under every optimiser.
///
/// Trainer state, not a flag on the workspace: a copied trainer must know
/// what its gradients are before it takes a workspace of its own.
enum LatestGradients: Sendable, Hashable {
    /// No step since the (re)start, or the latest was abandoned half-way.
    case none
    /// In the workspace's `weightGradients`.
    case written
    /// A fused step consumed them, but the workspace still holds that step's
    /// layer inputs and deltas (computed before W moved), from which
    /// `scale`·Xᵀδ over `rows` examples gives them exactly as a separate
    /// step would have written them.
    case derivable(rows: Int, scale: Float)
}
