extension Network {
    /// Every layer's weights, biases and PReLU slopes, input side first,
    /// the output layer last.
    public var layerParameters: [LayerParameters] {
        layers.map { layer in
            LayerParameters(inputCount: layer.inputCount, unitCount: layer.unitCount, pieces: layer.function.pieces,
                            weights: layer.weights, bias: layer.bias, alpha: layer.alpha)
        }
    }
}
