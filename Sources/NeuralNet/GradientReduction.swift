/// How the per-example gradients of a batch are combined.
public enum GradientReduction: String, Sendable, Hashable, CaseIterable {
    /// Summed over the batch, as the lecture does (so its learning rate is tiny).
    case sum
    /// Averaged over the batch, the usual convention.
    case mean
}
