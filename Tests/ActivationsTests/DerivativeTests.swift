import Activations
import Testing

/// f′ against a central finite difference of f, and the documented values
/// at kinks.
@Suite struct DerivativeTests {
    /// Settings covering every kind, plus non-default parameters.
    static let settings: [Activation] = ActivationKind.allCases.map { Activation($0) } + [
        try! Activation(.leakyReLU, parameters: ["slope": 0.3]),
        try! Activation(.prelu, parameters: ["alpha": -0.4]),
        try! Activation(.elu, parameters: ["alpha": 0.7]),
        try! Activation(.celu, parameters: ["alpha": 2.5]),
        try! Activation(.swish, parameters: ["beta": 3]),
        try! Activation(.softplus, parameters: ["beta": 0.5]),
        try! Activation(.maxout, parameters: ["w1": 0.5, "b1": 1, "w2": -2, "b2": 0.25]),
    ]

    /// Where each default-parameter kind is not differentiable.
    static func kinks(of a: Activation) -> [Double] {
        switch a.kind {
        case .step, .sign, .relu, .leakyReLU, .prelu, .elu, .celu, .selu: return [0]
        case .piecewiseLinear: return [-0.5, 0.5]
        case .relu6: return [0, 6]
        case .hardSigmoid, .hardSwish: return [-3, 3]
        case .maxout:
            // w1·x + b1 = w2·x + b2
            let (w1, b1, w2, b2) = (a[parameter: "w1"]!, a[parameter: "b1"]!, a[parameter: "w2"]!, a[parameter: "b2"]!)
            return w1 == w2 ? [] : [(b2 - b1) / (w1 - w2)]
        default: return []
        }
    }

    @Test(arguments: settings)
    func derivativeMatchesFiniteDifference(_ a: Activation) {
        var checked = 0
        // 0.173 keeps the grid off every kink and off the integers.
        var x = -12.0 + 0.0173
        while x < 12 {
            let h = 1e-5 * Swift.max(1, abs(x))
            if Self.kinks(of: a).allSatisfy({ abs($0 - x) > 4 * h }) {
                let numeric = (a.value(x + h) - a.value(x - h)) / (2 * h)
                let exact = a.derivative(x)
                #expect(abs(numeric - exact) <= 1e-7 * Swift.max(1, abs(exact)),
                        "\(a.name)′(\(x)) = \(exact), finite difference \(numeric)")
                checked += 1
            }
            x += 0.173
        }
        #expect(checked > 120)
    }

    struct Kink: CustomTestStringConvertible, Sendable {
        var activation: Activation
        var x: Double
        var slope: Double
        var testDescription: String { "\(activation.name)′(\(x)) = \(slope)" }
    }

    static let kinkCases: [Kink] = {
        func k(_ kind: ActivationKind, _ parameters: [String: Double] = [:], _ x: Double, _ slope: Double) -> Kink {
            Kink(activation: try! Activation(kind, parameters: parameters), x: x, slope: slope)
        }
        let lambdaAlpha = 1.0507009873554804934 * 1.6732632423543772848
        return [
            k(.step, [:], 0, 0), k(.sign, [:], 0, 0),
            k(.piecewiseLinear, [:], -0.5, 0), k(.piecewiseLinear, [:], 0.5, 0), k(.piecewiseLinear, [:], 0.49, 1),
            k(.relu, [:], 0, 0), k(.relu, [:], -0.0, 0),
            k(.relu6, [:], 0, 0), k(.relu6, [:], 6, 0), k(.relu6, [:], 5.999, 1),
            k(.leakyReLU, [:], 0, 0.01), k(.leakyReLU, ["slope": 0.2], 0, 0.2),
            k(.prelu, [:], 0, 0.25), k(.prelu, ["alpha": 0.1], 0, 0.1),
            k(.elu, [:], 0, 1), k(.elu, ["alpha": 0.5], 0, 0.5),
            k(.celu, [:], 0, 1), k(.celu, ["alpha": 3], 0, 1),
            k(.selu, [:], 0, lambdaAlpha),
            k(.hardSigmoid, [:], -3, 0), k(.hardSigmoid, [:], 3, 0), k(.hardSigmoid, [:], 2.999, 1.0 / 6),
            k(.hardSwish, [:], -3, -0.5), k(.hardSwish, [:], 3, 1.5), k(.hardSwish, [:], -3.001, 0), k(.hardSwish, [:], 3.001, 1),
            // A tie takes the smaller slope, so maxout(x, 0) is ReLU exactly.
            k(.maxout, [:], 0, 0),
            k(.maxout, ["w1": 1, "b1": 0, "w2": 0.1, "b2": 0], 0, 0.1),
            k(.maxout, ["w1": -1, "b1": 0, "w2": 1, "b2": 0], 0, -1),
        ]
    }()

    @Test(arguments: kinkCases)
    func kinkConvention(_ c: Kink) {
        #expect(abs(c.activation.derivative(c.x) - c.slope) <= 1e-15 * Swift.max(1, abs(c.slope)))
        #expect(abs(Double(c.activation.derivative(Float(c.x))) - c.slope) <= 1e-6 * Swift.max(1, abs(c.slope)))
    }

    @Test func maxoutWithDefaultsIsReLU() {
        let maxout = Activation(.maxout), relu = Activation(.relu)
        for i in -40...40 {
            let x = Double(i) / 8
            #expect(maxout.value(x) == relu.value(x))
            #expect(maxout.derivative(x) == relu.derivative(x))
        }
    }
}
