extension TrainingConfiguration {
    /// True when a run of `other` restarted from this one's starts from the
    /// same initial weights (`Trainer.restarted(with:)`): the same seed,
    /// the same resolved initialiser per layer, and the same parameter
    /// shapes (units, maxout pieces, PReLU slopes, biases).
    public func startsFromSameWeights(as other: TrainingConfiguration) -> Bool {
        seed == other.seed && layerInitializers == other.layerInitializers && useBias == other.useBias
            && parameterShape == other.parameterShape
    }

    /// What the sizes of the weight arrays depend on, layer by layer.
    private var parameterShape: [[Int]] {
        hiddenLayers.map { layer in
            var isPReLU = 0
            if case .prelu = layer.activation { isPReLU = 1 }
            return [layer.units, layer.activation.pieces, isPReLU]
        }
    }
}
