/// One hidden layer as a configuration describes it: how many units, and
/// what each computes.
public struct HiddenLayer: Sendable, Hashable {
    public var units: Int
    public var activation: LayerActivation

    public init(units: Int, activation: LayerActivation) {
        self.units = units
        self.activation = activation
    }
}
