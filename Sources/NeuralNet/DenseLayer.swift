/// One fully connected layer. Weights are stored input-major
/// (`inputCount × width`) so a batch of rows maps as Z = X·W, the layout of
/// the lecture's numpy code. A maxout layer has `width = unitCount × pieces`;
/// piece p of unit j is column `p·unitCount + j`.
struct DenseLayer: Sendable {
    let inputCount: Int
    let unitCount: Int
    let function: LayerFunction
    var weights: [Float]
    /// Empty when the network has no biases.
    var bias: [Float]
    /// PReLU's slopes, one per unit; empty for other layers.
    var alpha: [Float]

    var width: Int { unitCount * function.pieces }

    var parameterCount: Int { weights.count + bias.count + alpha.count }

    init(inputCount: Int, unitCount: Int, function: LayerFunction, useBias: Bool) {
        self.inputCount = inputCount
        self.unitCount = unitCount
        self.function = function
        let width = unitCount * function.pieces
        weights = [Float](repeating: 0, count: inputCount * width)
        bias = useBias ? [Float](repeating: 0, count: width) : []
        if case .prelu(let slope) = function {
            alpha = [Float](repeating: Float(slope), count: unitCount)
        } else {
            alpha = []
        }
    }
}
