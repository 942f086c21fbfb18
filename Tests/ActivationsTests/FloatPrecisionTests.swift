import Activations
import Testing

/// Float evaluation agrees with Double to Float's precision: relative 1e-5,
/// or absolute 1e-6 where the value passes through or near zero.
@Suite struct FloatPrecisionTests {
    @Test(arguments: DerivativeTests.settings)
    func floatAgreesWithDouble(_ a: Activation) {
        // Multiples of 1/16 are exact in both formats, so only the maths differs.
        for i in -320...320 {
            let x = Double(i) / 16
            let xf = Float(x)
            let value = a.value(x), valueF = Double(a.value(xf))
            #expect(abs(valueF - value) <= Swift.max(1e-5 * abs(value), 1e-6),
                    "\(a.name)(\(x)): Float \(valueF), Double \(value)")
            let slope = a.derivative(x), slopeF = Double(a.derivative(xf))
            #expect(abs(slopeF - slope) <= Swift.max(1e-5 * abs(slope), 1e-6),
                    "\(a.name)′(\(x)): Float \(slopeF), Double \(slope)")
        }
    }

    @Test func floatTailsKeepRelativeAccuracy() {
        // e⁻⁸⁰ ≈ 1.8e-35 is still a normal Float: the tails must not flush early.
        let sigmoid = Activation(.sigmoid), softplus = Activation(.softplus)
        let expected = 1.8048513878454153e-35
        #expect(abs(Double(sigmoid.value(Float(-80))) / expected - 1) < 1e-5)
        #expect(abs(Double(softplus.value(Float(-80))) / expected - 1) < 1e-5)
        #expect(abs(Double(sigmoid.derivative(Float(80))) / expected - 1) < 1e-5)
    }
}
