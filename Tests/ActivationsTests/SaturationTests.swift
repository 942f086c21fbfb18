import Activations
import Foundation
import Testing

/// The saturation rule: tails where f′ vanishes, apart from constant small
/// slopes, exact zeros and dips of f′ away from a tail. The expected edges
/// come from the textbook formulas here, not from the code under test.
@Suite struct SaturationTests {
    @Test func sigmoidSaturatesInBothTailsBeyondTheTenPercentSlope() throws {
        let tails = Activation(.sigmoid).saturatedTails
        // σ′ = 0.1·σ′(0) = 0.025 where σ = (1 − √0.9)/2.
        let s = (1 - sqrt(0.9)) / 2
        let edge = log(s / (1 - s))
        #expect(abs(try #require(tails.negativeEdge) - edge) < 1e-5)
        #expect(abs(try #require(tails.positiveEdge) + edge) < 1e-5)
        #expect(tails.contains(-4) && tails.contains(5) && tails.contains(1e6))
        #expect(!tails.contains(0) && !tails.contains(3.5))
    }

    @Test func tanhAndSoftsignSaturateInBothTails() throws {
        // 1 − tanh² = 0.1 at tanh = √0.9; 1/(1 + |x|)² = 0.1 at |x| = √10 − 1.
        let tanh = Activation(.tanh).saturatedTails
        #expect(abs(try #require(tanh.positiveEdge) - atanh(sqrt(0.9))) < 1e-5)
        #expect(abs(try #require(tanh.negativeEdge) + atanh(sqrt(0.9))) < 1e-5)
        let softsign = Activation(.softsign).saturatedTails
        #expect(abs(try #require(softsign.positiveEdge) - (sqrt(10) - 1)) < 1e-5)
    }

    @Test func reluIsZeroSlopeNotSaturated() {
        let relu = Activation(.relu)
        #expect(relu.saturatedTails.isEmpty)
        #expect(relu.slopeRegion(at: -3, tails: relu.saturatedTails) == .zeroSlope)
        #expect(relu.slopeRegion(at: 3, tails: relu.saturatedTails) == nil)
        let relu6 = Activation(.relu6)
        #expect(relu6.slopeRegion(at: 7, tails: relu6.saturatedTails) == .zeroSlope)
    }

    @Test func aSmallConstantSlopeIsNotSaturated() throws {
        for kind in [ActivationKind.leakyReLU, .prelu, .linear, .maxout] {
            let activation = Activation(kind)
            #expect(activation.saturatedTails.isEmpty, "\(kind)")
        }
        let leaky = Activation(.leakyReLU)
        #expect(leaky.slopeRegion(at: -5, tails: leaky.saturatedTails) == nil)
        #expect(leaky.canBeStuck && Activation(.prelu).canBeStuck)
        #expect(!Activation(.relu).canBeStuck && !Activation(.elu).canBeStuck)
        // Slope 0 is ReLU (dead, not stuck); slope 1 is a line.
        #expect(!(try Activation(.leakyReLU, parameters: ["slope": 0])).canBeStuck)
        #expect(!(try Activation(.leakyReLU, parameters: ["slope": 1])).canBeStuck)
    }

    @Test func maxoutsDefaultHasAZeroSlopeNotASaturatedOne() {
        let maxout = Activation(.maxout)
        #expect(maxout.slopeRegion(at: -2, tails: maxout.saturatedTails) == .zeroSlope)
    }

    @Test func swishsMinimumIsNotSaturatedButItsFarTailIs() throws {
        let swish = Activation(.swish)
        let tails = swish.saturatedTails
        #expect(tails.positiveEdge == nil)
        let edge = try #require(tails.negativeEdge)
        // |f′| peaks on the left where f″ = 0; swish″(x) = σ′(x)(2 + x(1 − 2σ(x))).
        let sigmoid = { (x: Double) in 1 / (1 + exp(-x)) }
        let peak = ShapeTests.root(of: { 2 + $0 * (1 - 2 * sigmoid($0)) }, in: -3 ... -2)
        #expect(abs(edge - peak) < 1e-4, "edge \(edge), peak of |f′| \(peak)")
        #expect(!tails.contains(-1.2785), "the minimum is not a saturated tail")
        #expect(tails.contains(-6))
    }

    @Test func geluSaturatesOnlyPastItsDip() throws {
        let gelu = Activation(.gelu)
        let edge = try #require(gelu.saturatedTails.negativeEdge)
        // f′ = Φ + xφ has its most negative value at x = −√2; the edge lies
        // beyond it, where |f′| falls to 10% of the peak slope.
        let slope = { (x: Double) in 0.5 * erfc(-x / sqrt(2)) + x * exp(-x * x / 2) / sqrt(2 * Double.pi) }
        #expect(edge < -sqrt(2))
        #expect(abs(abs(slope(edge)) - 0.1 * gelu.maximumSlope) < 1e-6)
        #expect(!gelu.saturatedTails.contains(-1), "GELU's dip near −1 is not saturation")
    }

    @Test func leftTailsOfTheExponentialFamily() throws {
        // ELU: αeˣ = 0.1·1 at x = ln 0.1; SELU: λαeˣ = 0.1·λα, the same x.
        for kind in [ActivationKind.elu, .selu] {
            let tails = Activation(kind).saturatedTails
            #expect(abs(try #require(tails.negativeEdge) - log(0.1)) < 1e-5, "\(kind)")
            #expect(tails.positiveEdge == nil)
        }
        // α = 0 makes ELU's left side an exact zero: dead, not saturated.
        let flat = try Activation(.elu, parameters: ["alpha": 0])
        #expect(flat.saturatedTails.isEmpty)
        #expect(flat.slopeRegion(at: -1, tails: flat.saturatedTails) == .zeroSlope)
        // A sharp swish underflows to f′ = 0 far out; that is still its saturated tail.
        let sharp = try Activation(.swish, parameters: ["beta": 100])
        #expect(sharp.slopeRegion(at: -40, tails: sharp.saturatedTails) == .saturated)
    }

    @Test func everyTailThatSaturatesHasAnEdgeAndNoOtherDoes() {
        for kind in ActivationKind.allCases {
            let activation = Activation(kind)
            let tails = activation.saturatedTails
            #expect((tails.negativeEdge != nil) == activation.vanishingSlopeTails.contains(.negative), "\(kind)")
            #expect((tails.positiveEdge != nil) == activation.vanishingSlopeTails.contains(.positive), "\(kind)")
            // Inside a saturated tail the slope is small.
            for edge in [tails.negativeEdge, tails.positiveEdge].compactMap({ $0 }) {
                #expect(abs(activation.derivative(edge)) < Saturation.slopeFraction * activation.maximumSlope, "\(kind)")
            }
        }
    }
}

/// The range around 0 where a smooth activation is within 10% of a line.
@Suite struct LinearRangeTests {
    @Test func tanhAndSigmoidAreNearlyLinearNearZero() throws {
        // tanh(x)/x = 0.9 at x ≈ 0.5838; σ(x) − ½ = tanh(x/2)/2, so sigmoid's is twice that.
        let tanh = try #require(Activation(.tanh).linearRange)
        #expect(tanh <= 0.5838 && tanh > 0.5838 - 1.0 / 64)
        let sigmoid = try #require(Activation(.sigmoid).linearRange)
        #expect(sigmoid <= 1.1676 && sigmoid > 1.1676 - 1.0 / 64)
    }

    @Test func linesKinksAndFlatStartsHaveNone() {
        for kind in [ActivationKind.linear, .relu, .leakyReLU, .step, .hardSigmoid, .maxout] {
            #expect(Activation(kind).linearRange == nil, "\(kind)")
        }
    }
}

/// The points the plot's `j` key visits.
@Suite struct NotablePointTests {
    @Test func swishsMinimumIsFound() throws {
        let swish = Activation(.swish)
        let x = try #require(swish.minimumX)
        #expect(abs(x - -1.278464542761074) < 1e-7)
        #expect(abs(swish.value(x) - -0.278464542761074) < 1e-12)
        let kinds = swish.notablePoints.map(\.kind)
        #expect(kinds == [.saturationEdge, .minimum])
        // β = 2 halves where it lies.
        let sharp = try Activation(.swish, parameters: ["beta": 2])
        #expect(abs(try #require(sharp.minimumX) - -1.278464542761074 / 2) < 1e-7)
    }

    @Test func kinksComeFromTheFormulas() throws {
        #expect(Activation(.relu).notablePoints == [NotablePoint(x: 0, kind: .kink)])
        #expect(Activation(.relu6).kinks == [0, 6])
        let maxout = try Activation(.maxout, parameters: ["w1": 1, "b1": 0, "w2": -1, "b2": 2])
        #expect(maxout.kinks == [1])
        #expect(Activation(.sigmoid).notablePoints.map(\.kind) == [.saturationEdge, .saturationEdge])
        #expect(Activation(.linear).notablePoints.isEmpty)
        #expect(Activation(.hardSwish).minimumX == -1.5)
    }
}
