/// What one layer's initial weights are drawn from, with its numbers: the
/// lecture's Glorot uniform on MNIST is U(±0.058) for 784 → 1000 and
/// U(±0.077) for 1000 → 10.
public enum WeightDistribution: Sendable, Hashable {
    case uniform(bound: Double)
    case normal(deviation: Double)
    case zero
}
