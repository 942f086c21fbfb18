import Activations

/// The learning rates of a comparison: one for every activation, one per
/// activation (`relu=0.3,tanh=0.2`), or both (`0.1,relu=0.3`: ReLU 0.3,
/// the others 0.1). Parsed by `ConfigurationParser.learningRates`.
public struct LearningRates: Sendable, Hashable {
    /// The rate for activations not named.
    public var fallback: LearningRate?
    public var named: [ActivationKind: LearningRate]

    public init(fallback: LearningRate? = nil, named: [ActivationKind: LearningRate] = [:]) {
        self.fallback = fallback
        self.named = named
    }

    /// The one rate for everything, when no activation is named.
    public var single: LearningRate? { named.isEmpty ? fallback : nil }

    public func rate(for kind: ActivationKind) -> LearningRate? { named[kind] ?? fallback }
}
