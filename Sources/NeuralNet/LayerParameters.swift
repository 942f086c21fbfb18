/// One layer's trainable numbers, read out of a network: what an export
/// writes so that another framework starts from the same point.
public struct LayerParameters: Sendable, Hashable {
    public let inputCount: Int
    public let unitCount: Int
    /// Weight sets per unit: maxout's k, 1 otherwise.
    public let pieces: Int
    /// Input-major, `inputCount × (unitCount · pieces)`, so Z = X·W; piece p
    /// of unit j is column p·unitCount + j.
    public let weights: [Float]
    /// One per column of `weights`; empty without biases.
    public let bias: [Float]
    /// PReLU's slopes, one per unit; empty for other layers.
    public let alpha: [Float]

    /// Columns of `weights`.
    public var width: Int { unitCount * pieces }
}
