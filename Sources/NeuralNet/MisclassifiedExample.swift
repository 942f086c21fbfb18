/// A test example the network gets wrong: its pixels (or features), the
/// true class and the predicted one, for the network pane on image data.
public struct MisclassifiedExample: Sendable, Hashable {
    public var features: [Float]
    public var label: Int
    public var predicted: Int

    public init(features: [Float], label: Int, predicted: Int) {
        self.features = features
        self.label = label
        self.predicted = predicted
    }
}
