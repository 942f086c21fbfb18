/// One hidden layer's incoming weights and biases, unit by unit, for the
/// network pane's weight strip and the digits' weight images. Bounded: at
/// most `Trainer.weightUnitLimit` units of a layer, and none for a layer
/// with more than `Trainer.weightInputLimit` inputs.
public struct UnitWeights: Sendable, Hashable {
    public var inputCount: Int
    /// Units included (the layer's first ones).
    public var unitCount: Int
    /// `unitCount × inputCount`, unit-major; maxout's first piece.
    public var weights: [Float]
    /// Per unit; empty when the network has no biases.
    public var bias: [Float]

    public init(inputCount: Int, unitCount: Int, weights: [Float], bias: [Float]) {
        self.inputCount = inputCount
        self.unitCount = unitCount
        self.weights = weights
        self.bias = bias
    }

    /// Unit `unit`'s incoming weights, input side order.
    public func incoming(_ unit: Int) -> ArraySlice<Float> {
        weights[(unit * inputCount)..<((unit + 1) * inputCount)]
    }
}
