import Activations
import Testing

/// The batch forms give exactly what the scalar forms give.
@Suite struct BatchTests {
    @Test(arguments: DerivativeTests.settings)
    func batchEqualsScalar(_ a: Activation) {
        let xs: [Float] = (-100...100).map { Float($0) / 7 }
        #expect(a.values(xs) == xs.map { a.value($0) })
        #expect(a.derivatives(xs) == xs.map { a.derivative($0) })

        let xd: [Double] = xs.map(Double.init)
        var out = [Double](repeating: .nan, count: xd.count)
        xd.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { a.values(x, into: $0) } }
        #expect(out == xd.map { a.value($0) })
        xd.withUnsafeBufferPointer { x in out.withUnsafeMutableBufferPointer { a.derivatives(x, into: $0) } }
        #expect(out == xd.map { a.derivative($0) })
    }

    @Test func emptyInputs() {
        let relu = Activation(.relu)
        #expect(relu.values([Double]()).isEmpty)
        #expect(relu.derivatives([Float]()).isEmpty)
    }
}
