/// One row of the settings window (`x`): a value the window lists and the
/// arrows change. Which rows show depends on the scene: a layer's
/// activation parameters, the 2-D sets' own.
enum Setting: Hashable, Sendable {
    /// A catalogue parameter of the highlighted layer's activation (Leaky
    /// ReLU's slope, ELU's and CELU's α, swish's and softplus's β, …).
    case parameter(String)
    case preluSlope, maxoutPieces
    case noise, points, classes, testFraction
    case batchSize, weightDecay, l1Penalty, inputFeatures
    case optimizer, initializer, dataset, preset
}
