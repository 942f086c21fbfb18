import NeuralNet

/// A concrete initialiser for one weight matrix, as a script writes it:
/// uniform on ±bound, normal with a standard deviation, or zeros, with the
/// number as a Python expression of the layer's fans (actview's
/// `WeightInitializer.fill`; maxout's fan-out is its units, not units·k).
struct InitializerFormula: Sendable, Hashable {
    enum Distribution: Sendable, Hashable { case uniform, normal, zeros }

    let distribution: Distribution
    /// The bound or the standard deviation, e.g. `math.sqrt(6 / (2 + 64))`.
    let expression: String
    /// What the rule is called, e.g. `glorot-uniform`.
    let name: String

    init(_ initializer: WeightInitializer, fanIn: Int, fanOut: Int) {
        name = initializer.name
        switch initializer {
        case .automatic, .glorotUniform:
            // `.automatic` never reaches here resolved; Glorot is what `fill` does with it.
            distribution = .uniform
            expression = "math.sqrt(6 / (\(fanIn) + \(fanOut)))"
        case .glorotNormal:
            distribution = .normal
            expression = "math.sqrt(2 / (\(fanIn) + \(fanOut)))"
        case .heUniform:
            distribution = .uniform
            expression = "math.sqrt(6 / \(fanIn))"
        case .heNormal:
            distribution = .normal
            expression = "math.sqrt(2 / \(fanIn))"
        case .lecunNormal:
            distribution = .normal
            expression = "math.sqrt(1 / \(fanIn))"
        case .uniform(let bound):
            distribution = .uniform
            expression = PythonLiteral.float(bound)
        case .normal(let deviation):
            distribution = .normal
            expression = PythonLiteral.float(deviation)
        case .zeros:
            distribution = .zeros
            expression = "0"
        }
    }

    /// "U(±√(6/(fan_in + fan_out)))": the rule in words, for a comment.
    var formula: String {
        switch (distribution, name) {
        case (.zeros, _): "all zero"
        case (.uniform, "glorot-uniform"): "Glorot uniform: U(±√(6 / (fan_in + fan_out)))"
        case (.normal, "glorot-normal"): "Glorot normal: N(0, 2 / (fan_in + fan_out))"
        case (.uniform, "he-uniform"): "He uniform: U(±√(6 / fan_in))"
        case (.normal, "he-normal"): "He normal: N(0, 2 / fan_in), not truncated"
        case (.normal, "lecun-normal"): "LeCun normal: N(0, 1 / fan_in), not truncated"
        case (.uniform, _): "U(±\(expression))"
        case (.normal, _): "N(0, \(expression)²)"
        }
    }
}
