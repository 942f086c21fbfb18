import Activations
import RealModule
import Testing

/// No NaN, and no ±∞ where the true value is finite, at the extremes of
/// Float and Double; and the right limits there.
@Suite struct StabilityTests {
    static let settings = DerivativeTests.settings

    static func extremes<T: BinaryFloatingPoint>(_: T.Type) -> [T] {
        [T.greatestFiniteMagnitude, -T.greatestFiniteMagnitude, T.leastNonzeroMagnitude, -T.leastNonzeroMagnitude,
         T.leastNormalMagnitude, -T.leastNormalMagnitude, 0, -0.0, 1e4, -1e4, 100, -100, 30, -30]
    }

    /// f(x) is beyond the format's range only where it grows faster than x:
    /// SELU (λ > 1) at +max, and maxout with a slope above 1.
    static func overflows<T: BinaryFloatingPoint>(_ a: Activation, at x: T) -> Bool {
        x == T.greatestFiniteMagnitude && (a.kind == .selu || (a.kind == .maxout && a.maximumSlope > 1))
            || x == -T.greatestFiniteMagnitude && a.kind == .maxout && a.maximumSlope > 1
    }

    func check<T: Real & BinaryFloatingPoint>(_ a: Activation, _: T.Type) {
        for x in Self.extremes(T.self) {
            let y = a.value(x), dy = a.derivative(x)
            #expect(!y.isNaN && !dy.isNaN, "\(a.name)(\(x)) in \(T.self): f = \(y), f′ = \(dy)")
            #expect(dy.isFinite, "\(a.name)′(\(x)) in \(T.self) = \(dy)")
            if !Self.overflows(a, at: x) {
                #expect(y.isFinite, "\(a.name)(\(x)) in \(T.self) = \(y)")
            }
        }
    }

    @Test(arguments: settings)
    func finiteAtExtremesInDouble(_ a: Activation) { check(a, Double.self) }

    @Test(arguments: settings)
    func finiteAtExtremesInFloat(_ a: Activation) { check(a, Float.self) }

    @Test func nanPropagates() {
        for kind in ActivationKind.allCases {
            #expect(Activation(kind).value(Double.nan).isNaN)
            #expect(Activation(kind).derivative(Float.nan).isNaN)
        }
    }

    struct Limit: CustomTestStringConvertible, Sendable {
        var kind: ActivationKind
        var positive: Bool
        var value: Double     // as a multiple of x when `proportional`
        var proportional: Bool
        var slope: Double
        var testDescription: String { "\(kind.rawValue) at \(positive ? "+" : "−")max" }
    }

    static let limits: [Limit] = [
        Limit(kind: .sigmoid, positive: true, value: 1, proportional: false, slope: 0),
        Limit(kind: .sigmoid, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .tanh, positive: true, value: 1, proportional: false, slope: 0),
        Limit(kind: .tanh, positive: false, value: -1, proportional: false, slope: 0),
        Limit(kind: .softplus, positive: true, value: 1, proportional: true, slope: 1),
        Limit(kind: .softplus, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .swish, positive: true, value: 1, proportional: true, slope: 1),
        Limit(kind: .swish, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .mish, positive: true, value: 1, proportional: true, slope: 1),
        Limit(kind: .mish, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .gelu, positive: true, value: 1, proportional: true, slope: 1),
        Limit(kind: .gelu, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .geluTanh, positive: true, value: 1, proportional: true, slope: 1),
        Limit(kind: .geluTanh, positive: false, value: 0, proportional: false, slope: 0),
        Limit(kind: .elu, positive: false, value: -1, proportional: false, slope: 0),
        Limit(kind: .celu, positive: false, value: -1, proportional: false, slope: 0),
        Limit(kind: .selu, positive: false, value: -1.0507009873554804934 * 1.6732632423543772848, proportional: false, slope: 0),
        Limit(kind: .softsign, positive: true, value: 1, proportional: false, slope: 0),
        Limit(kind: .softsign, positive: false, value: -1, proportional: false, slope: 0),
        Limit(kind: .hardSwish, positive: true, value: 1, proportional: true, slope: 1),
    ]

    @Test(arguments: limits)
    func limitAtExtremes(_ l: Limit) {
        func check<T: Real & BinaryFloatingPoint>(_: T.Type) {
            let a = Activation(l.kind)
            let x = l.positive ? T.greatestFiniteMagnitude : -T.greatestFiniteMagnitude
            let expected = l.proportional ? x * T(l.value) : T(l.value)
            let relative = abs(a.value(x) - expected) / Swift.max(1, abs(expected))
            #expect(relative <= 4 * T.ulpOfOne, "\(l.kind.rawValue)(\(x)) in \(T.self) = \(a.value(x))")
            #expect(abs(a.derivative(x) - T(l.slope)) <= 4 * T.ulpOfOne, "\(l.kind.rawValue)′(\(x)) in \(T.self)")
        }
        check(Double.self)
        check(Float.self)
    }

    @Test func tinyInputsKeepTheirSize() {
        // Near 0 the smooth ones are f(x) ≈ f(0) + f′(0)·x; a subnormal x must
        // not turn into NaN or lose its sign.
        let x = Double.leastNonzeroMagnitude
        #expect(Activation(.tanh).value(x) == x)
        #expect(Activation(.softsign).value(-x) == -x)
        #expect(Activation(.linear).value(x) == x)
        #expect(Activation(.sigmoid).value(x) == 0.5)
        #expect(Activation(.gelu).derivative(x) == 0.5)
    }
}
