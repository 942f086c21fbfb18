import Activations
import Foundation
import Testing

/// Hand-derived values for every activation: points where the answer has a
/// closed form (ln 3 makes σ = ¾, ln 2 makes tanh = ⅗, ...).
@Suite struct KnownValueTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var activation: Activation
        var x: Double
        var expected: Double
        var testDescription: String { "\(activation.name)(\(x)) = \(expected)" }
    }

    static let ln2 = log(2.0), ln3 = log(3.0)

    static let cases: [Case] = {
        func c(_ kind: ActivationKind, _ parameters: [String: Double] = [:], _ x: Double, _ y: Double) -> Case {
            // The parameters are literal and in range.
            Case(activation: try! Activation(kind, parameters: parameters), x: x, expected: y)
        }
        let lambda = 1.0507009873554804934, alpha = 1.6732632423543772848
        return [
            c(.step, [:], -2, 0), c(.step, [:], 0, 0.5), c(.step, [:], 1e-30, 1),
            c(.sign, [:], -3, -1), c(.sign, [:], -0.0, 0), c(.sign, [:], 0.1, 1),
            c(.linear, [:], -7.25, -7.25),
            c(.piecewiseLinear, [:], -1, 0), c(.piecewiseLinear, [:], 0, 0.5), c(.piecewiseLinear, [:], 0.25, 0.75),
            c(.piecewiseLinear, [:], 0.5, 1), c(.piecewiseLinear, [:], 2, 1),
            c(.sigmoid, [:], 0, 0.5), c(.sigmoid, [:], ln3, 0.75), c(.sigmoid, [:], -ln3, 0.25),
            c(.tanh, [:], ln2, 0.6), c(.tanh, [:], -ln2, -0.6),
            c(.relu, [:], -2, 0), c(.relu, [:], 3.5, 3.5),
            c(.relu6, [:], -1, 0), c(.relu6, [:], 4, 4), c(.relu6, [:], 7, 6),
            c(.leakyReLU, [:], -2, -0.02), c(.leakyReLU, ["slope": 0.3], -2, -0.6), c(.leakyReLU, [:], 5, 5),
            c(.prelu, [:], -2, -0.5), c(.prelu, ["alpha": -0.5], -2, 1),
            c(.elu, [:], -ln2, -0.5), c(.elu, ["alpha": 2], -ln2, -1), c(.elu, [:], 3, 3),
            c(.celu, ["alpha": 2], -2 * ln2, -1), c(.celu, [:], -ln2, -0.5), c(.celu, [:], 1.5, 1.5),
            c(.selu, [:], 1, lambda), c(.selu, [:], -ln2, -0.5 * lambda * alpha),
            c(.swish, [:], ln3, 0.75 * ln3), c(.swish, ["beta": 2], ln3 / 2, 0.75 * ln3 / 2), c(.swish, [:], 0, 0),
            // softplus(ln(e − 1)) = 1, so mish there is ln(e − 1)·tanh 1.
            c(.mish, [:], log(M_E - 1), log(M_E - 1) * tanh(1.0)), c(.mish, [:], 0, 0),
            // Φ(1) = 0.841344746068542948585232545632 (standard normal table).
            c(.gelu, [:], 1, 0.841344746068542948585), c(.gelu, [:], -1, -(1 - 0.841344746068542948585)),
            c(.gelu, [:], 0, 0),
            // The naive formula is accurate at x = 1 (no cancellation there).
            c(.geluTanh, [:], 1, 0.5 * (1 + tanh((2 / Double.pi).squareRoot() * (1 + 0.044715)))),
            c(.softplus, [:], 0, ln2), c(.softplus, [:], log(M_E - 1), 1), c(.softplus, ["beta": 2], 0, ln2 / 2),
            c(.softsign, [:], 1, 0.5), c(.softsign, [:], -3, -0.75),
            c(.hardSigmoid, [:], -4, 0), c(.hardSigmoid, [:], 0, 0.5), c(.hardSigmoid, [:], 1.5, 0.75), c(.hardSigmoid, [:], 3, 1),
            c(.hardSwish, [:], -3, 0), c(.hardSwish, [:], 1.5, 1.125), c(.hardSwish, [:], -1.5, -0.375), c(.hardSwish, [:], 4, 4),
            c(.maxout, [:], -2, 0), c(.maxout, [:], 2, 2),
            c(.maxout, ["w1": 0.5, "b1": 1, "w2": -2, "b2": 0], 2, 2),
            c(.maxout, ["w1": 0.5, "b1": 1, "w2": -2, "b2": 0], -1, 2),
        ]
    }()

    @Test(arguments: cases)
    func knownValue(_ c: Case) {
        let y = c.activation.value(c.x)
        #expect(abs(y - c.expected) <= 4e-16 * Swift.max(1, abs(c.expected)), "got \(y)")
        let yf = c.activation.value(Float(c.x))
        #expect(abs(Double(yf) - c.expected) <= 4e-7 * Swift.max(1, abs(c.expected)), "Float got \(yf)")
    }

    @Test func everyKindHasAKnownValue() {
        #expect(Set(Self.cases.map(\.activation.kind)) == Set(ActivationKind.allCases))
    }
}
