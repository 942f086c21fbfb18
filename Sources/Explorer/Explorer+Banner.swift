import NeuralNet

/// A preset's banner belongs to its scene: it stays while only what the
/// banner invites changes (the activation, a restart, a new seed, the pace
/// or the view) and goes once the scene is another — another data set,
/// network, initialiser, optimiser, learning rate or batch.
extension Explorer {
    var showsBanner: Bool {
        guard let preset else { return false }
        var shown = preset.configuration
        var current = configuration
        // What the banners ask the class to change, or what does not make
        // the scene another one.
        shown.hiddenLayers = shown.hiddenLayers.map { HiddenLayer(units: $0.units, activation: LayerActivation(.relu)) }
        current.hiddenLayers = current.hiddenLayers.map { HiddenLayer(units: $0.units, activation: LayerActivation(.relu)) }
        shown.seed = current.seed
        shown.epochs = current.epochs
        // A race gives each runner its own rate, and the lecture's banner
        // itself offers M, which sets the rate.
        if race != nil || preset == .lecture { shown.learningRate = current.learningRate }
        if preset == .lecture, case .mnist = current.dataset { shown.dataset = current.dataset }
        return shown == current
    }
}
