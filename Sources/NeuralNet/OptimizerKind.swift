/// The update rule applied to each parameter after a gradient step.
public enum OptimizerKind: String, Sendable, Hashable, CaseIterable {
    /// Plain gradient descent on the whole training set (the lecture).
    case gd
    /// Plain gradient descent on shuffled mini-batches.
    case sgd
    /// Heavy-ball momentum, μ = 0.9.
    case momentum
    /// Nesterov momentum, μ = 0.9.
    case nesterov
    /// Adam, β₁ = 0.9, β₂ = 0.999, ε = 1e-8.
    case adam
    /// RMSprop, ρ = 0.9, ε = 1e-7.
    case rmsprop
}
