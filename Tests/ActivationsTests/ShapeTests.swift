import Activations
import Foundation
import Testing

/// Shape facts: SELU's constants, swish's minimum, slope peaks.
@Suite struct ShapeTests {
    @Test func seluConstantsSolveTheFixedPointEquations() {
        // Closed forms from Klambauer et al. (2017), for unit-variance
        // fixed points; computed here with libm's erfc.
        let e = M_E, r = erfc(1 / 2.0.squareRoot())
        let alpha = -(2 / Double.pi).squareRoot() / (r * e.squareRoot() - 1)
        let lambda = (1 - e.squareRoot() * r) * (2 * Double.pi).squareRoot()
            / (2 * erfc(2.0.squareRoot()) * e * e + Double.pi * r * r * e - 2 * (2 + Double.pi) * r * e.squareRoot() + Double.pi + 2).squareRoot()
        let selu = Activation(.selu)
        #expect(abs(selu.value(1.0) - lambda) < 1e-14)
        #expect(abs(selu.derivative(0.0) - lambda * alpha) < 1e-14)
        // As x → −∞ SELU approaches −λα.
        #expect(abs(selu.value(-60.0) + lambda * alpha) < 1e-14)
    }

    /// Bisection on f′ for the root in [low, high], where f′ changes sign.
    static func root(of f: (Double) -> Double, in range: ClosedRange<Double>) -> Double {
        var low = range.lowerBound, high = range.upperBound
        let lowSign = f(low) < 0
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if (f(mid) < 0) == lowSign { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    @Test func swishMinimum() throws {
        let swish = Activation(.swish)
        let x = Self.root(of: { swish.derivative($0) }, in: -2 ... -1)
        #expect(abs(x - -1.278464542761074) < 1e-12)
        #expect(abs(swish.value(x) - -0.278464542761074) < 1e-14)
        // f(x*) = x* + 1 at the minimum: σ(x)(1 + x(1 − σ(x))) = 0 gives σ = 1 + 1/x.
        #expect(abs(swish.value(x) - (x + 1)) < 1e-12)
    }

    @Test func minimaMatchReference() throws {
        for peak in try ReferenceFixture.peaks() where peak.kind == "minimum" {
            let a = try Activation.named(peak.name)
            let x = Self.root(of: { a.derivative($0) }, in: -2 ... -0.5)
            #expect(abs(x - peak.x) < 1e-9, "\(peak.name) minimum at \(x), reference \(peak.x)")
            #expect(abs(a.value(x) - peak.y) < 1e-14, "\(peak.name) minimum \(a.value(x)), reference \(peak.y)")
        }
    }

    @Test func peakSlopesMatchReference() throws {
        let peaks = try ReferenceFixture.peaks().filter { $0.kind == "peak-slope" }
        #expect(peaks.count == 4)
        for peak in peaks {
            let a = try Activation.named(peak.name)
            #expect(abs(a.maximumSlope - peak.y) < 1e-13, "\(peak.name) maximumSlope \(a.maximumSlope), reference \(peak.y)")
        }
    }

    /// The largest |f′| on a dense grid over [−20, 20], plus the kinks and
    /// far-out points (softplus with small β approaches its sup only there).
    static func scannedMaximumSlope(_ a: Activation) -> Double {
        var best = 0.0
        for i in -20_000...20_000 {
            best = Swift.max(best, abs(a.derivative(Double(i) / 1000)))
        }
        for x in [0.0, -0.5, 0.5, -3, 3, 6, -1e6, -1e3, 1e3, 1e6] {
            best = Swift.max(best, abs(a.derivative(x)))
        }
        return best
    }

    @Test(arguments: DerivativeTests.settings)
    func maximumSlopeBoundsAndIsReached(_ a: Activation) {
        let scanned = Self.scannedMaximumSlope(a)
        // Never exceeded, and reached to within what a 0.001 grid can miss.
        #expect(scanned <= a.maximumSlope * (1 + 1e-12), "\(a.name): scan \(scanned) > \(a.maximumSlope)")
        #expect(scanned >= a.maximumSlope - 1e-6, "\(a.name): scan \(scanned) < \(a.maximumSlope)")
    }

    @Test func documentedSlopePeaks() throws {
        #expect(Activation(.sigmoid).maximumSlope == 0.25)
        #expect(Activation(.tanh).maximumSlope == 1)
        #expect(Activation(.step).maximumSlope == 0)
        #expect(abs(Activation(.swish).maximumSlope - 1.0998) < 1e-4)
        #expect(abs(Activation(.gelu).maximumSlope - 1.129) < 1e-3)
        // β only rescales x, so swish's peak slope does not move.
        let steep = try Activation(.swish, parameters: ["beta": 7])
        #expect(abs(steep.maximumSlope - Activation(.swish).maximumSlope) < 1e-15)
    }
}
