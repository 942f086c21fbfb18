import NeuralNet

/// One hidden layer as the exported script builds it: sizes, activation and
/// the concrete initialiser actview resolved for it.
public struct ExportedLayer: Sendable, Hashable {
    /// Counting from 1, as the script names it (`hidden1`).
    public let number: Int
    public let inputCount: Int
    public let units: Int
    public let activation: LayerActivation
    /// Never `.automatic`: resolved as `Network` resolves it.
    public let initializer: WeightInitializer

    /// Affine maps per unit: maxout's k, otherwise 1.
    public var pieces: Int {
        if case .maxout(let pieces) = activation { return pieces }
        return 1
    }
}
