import Activations
import Kernels
import Testing

@Suite("Activation passes against the Double catalogue")
struct ActivationKernelsTests {
    /// Every kind, with a non-default parameter where the default would hide
    /// a code path (β ≠ 1 takes the Double-argument exponential).
    static let activations: [Activation] = ActivationKind.allCases.map { Activation($0) } + [
        try! Activation(.swish, parameters: [Activation(.swish).entry.parameters[0].name: 1.7]),
        try! Activation(.softplus, parameters: [Activation(.softplus).entry.parameters[0].name: 0.6]),
        try! Activation(.elu, parameters: [Activation(.elu).entry.parameters[0].name: 0.3]),
        try! Activation(.leakyReLU, parameters: [Activation(.leakyReLU).entry.parameters[0].name: 0.25]),
        try! Activation(.celu, parameters: [Activation(.celu).entry.parameters[0].name: 0.6]),
        try! Activation(.celu, parameters: [Activation(.celu).entry.parameters[0].name: 7.3]),
    ]

    /// A dense grid over the interesting range, log-spaced magnitudes out to
    /// Float's largest, the named extremes, kinks, zeros and NaN.
    static let inputs: [Float] = {
        var values: [Float] = []
        var x: Float = -20
        while x <= 20 { values.append(x); x += 0.001_3 }
        var magnitude: Float = 1e-30
        while magnitude < 3e38 {
            values += [magnitude, -magnitude]
            magnitude *= 1.37
        }
        values += [0, -0.0, 88, -88, 88.7, -88.7, 100, -100, 1e4, -1e4, 1.000_1e4, -1.000_1e4, 3.4e38, -3.4e38,
                   .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
                   -3, 3, -0.5, 0.5, 6, -1.5, .nan]
        return values
    }()

    /// |fast − truth| ≤ 1e-6·|truth| + floor. The floor covers results that
    /// are subnormal (Float has too few bits there for any relative bound)
    /// and, for derivatives that change sign, the cancellation of terms of
    /// order 1 next to a zero crossing.
    static func mismatches(_ fast: [Float], _ truth: [Float], inputs: [Float], floor: Float) -> [String] {
        var failures: [String] = []
        for index in fast.indices {
            let (f, t) = (fast[index], truth[index])
            if t.isNaN || f.isNaN {
                if !(t.isNaN && f.isNaN) { failures.append("x=\(inputs[index]): \(f) vs \(t)") }
                continue
            }
            if t.isInfinite || f.isInfinite {
                if f != t { failures.append("x=\(inputs[index]): \(f) vs \(t)") }
                continue
            }
            if abs(f - t) > 1e-6 * abs(t) + floor { failures.append("x=\(inputs[index]): \(f) vs \(t)") }
        }
        return failures
    }

    static func derivativeFloor(_ kind: ActivationKind) -> Float {
        switch kind {
        case .swish, .gelu, .geluTanh, .mish: return 3e-7
        default: return 1e-37
        }
    }

    @Test("forward equals the catalogue's f, computed in Double and rounded", arguments: activations)
    func forward(activation: Activation) {
        let inputs = Self.inputs
        var fast = [Float](repeating: .nan, count: inputs.count)
        ActivationKernels.forward(activation, input: inputs, bias: nil, rows: 1, columns: inputs.count,
                                  preactivation: nil, output: &fast)
        let truth = inputs.map { Float(activation.value(Double($0))) }
        let failures = Self.mismatches(fast, truth, inputs: inputs, floor: 1e-37)
        let count = failures.count
        #expect(count == 0, "\(activation.name): \(count) mismatches, first \(failures.prefix(5))")
    }

    @Test("derivative pass equals the catalogue's f′ times delta", arguments: activations)
    func derivative(activation: Activation) {
        let inputs = Self.inputs
        var fast = [Float](repeating: 1, count: inputs.count)
        ActivationKernels.multiplyByDerivative(activation, preactivation: inputs, delta: &fast, count: inputs.count)
        let truth = inputs.map { Float(activation.derivative(Double($0))) }
        let failures = Self.mismatches(fast, truth, inputs: inputs, floor: Self.derivativeFloor(activation.kind))
        let count = failures.count
        #expect(count == 0, "\(activation.name)′: \(count) mismatches, first \(failures.prefix(5))")
    }

    @Test("bias per column, stored pre-activation, ragged widths", arguments: [1, 5, 16, 17, 40])
    func biasAndPreactivation(columns: Int) {
        var random = TestRandom(seed: UInt64(columns))
        let rows = 7
        let input = random.floats(rows * columns, in: -6...6)
        let bias = random.floats(columns, in: -2...2)
        for activation in [Activation(.sigmoid), Activation(.tanh), Activation(.gelu), Activation(.mish),
                           Activation(.relu), Activation(.hardSwish), Activation(.maxout)] {
            var fastZ = [Float](repeating: .nan, count: input.count), fastY = fastZ
            var refZ = fastZ, refY = fastZ
            ActivationKernels.forward(activation, input: input, bias: bias, rows: rows, columns: columns,
                                      preactivation: &fastZ, output: &fastY)
            ActivationKernels.referenceForward(activation, input: input, bias: bias, rows: rows, columns: columns,
                                               preactivation: &refZ, output: &refY)
            #expect(fastZ == refZ, "\(activation.name): pre-activation differs")
            #expect(Self.mismatches(fastY, refY, inputs: refZ, floor: 1e-37).isEmpty, "\(activation.name)")
            // z is exactly input + bias, and the output is f of that z.
            #expect(refZ[columns + columns - 1] == input[columns + columns - 1] + bias[columns - 1])
        }
    }

    @Test("delta is scaled, not replaced, and matches the reference pass")
    func derivativeScalesDelta() {
        var random = TestRandom(seed: 9)
        let z = random.floats(333, in: -8...8)
        let delta = random.floats(333)
        for activation in [Activation(.sigmoid), Activation(.relu), Activation(.selu), Activation(.celu)] {
            var fast = delta, reference = delta
            ActivationKernels.multiplyByDerivative(activation, preactivation: z, delta: &fast, count: z.count)
            ActivationKernels.referenceMultiplyByDerivative(activation, preactivation: z, delta: &reference, count: z.count)
            #expect(Self.mismatches(fast, reference, inputs: z, floor: 1e-37).isEmpty, "\(activation.name)")
        }
    }

    @Test("the output may overwrite the input in place")
    func inPlace() {
        let inputs: [Float] = (0..<37).map { Float($0) * 0.37 - 6 }
        var buffer = inputs
        buffer.withUnsafeMutableBufferPointer { pointer in
            ActivationKernels.forward(Activation(.tanh), input: pointer.baseAddress!, bias: nil, rows: 1, columns: 37,
                                      preactivation: nil, output: pointer.baseAddress!)
        }
        let truth = inputs.map { Float(Activation(.tanh).value(Double($0))) }
        #expect(Self.mismatches(buffer, truth, inputs: inputs, floor: 0).isEmpty)
    }

    @Test("the reference pass may write z over its input, as the trainer's reference path does")
    func referenceInPlace() {
        var random = TestRandom(seed: 4)
        let rows = 3, columns = 21
        let input = random.floats(rows * columns, in: -4...4)
        let bias = random.floats(columns, in: -1...1)
        for activation in [Activation(.gelu), Activation(.maxout)] {
            var separateZ = [Float](repeating: .nan, count: input.count), separateY = separateZ
            ActivationKernels.referenceForward(activation, input: input, bias: bias, rows: rows, columns: columns,
                                               preactivation: &separateZ, output: &separateY)
            var z = input, y = [Float](repeating: .nan, count: input.count)
            z.withUnsafeMutableBufferPointer { buffer in
                ActivationKernels.referenceForward(activation, input: buffer.baseAddress!, bias: bias, rows: rows,
                                                   columns: columns, preactivation: buffer.baseAddress!, output: &y)
            }
            #expect(z == separateZ && y == separateY, "\(activation.name)")
        }
    }

    @Test("vector forms cover the kinds the brief names; the rest are marked as fallbacks")
    func coverage() {
        let required: [ActivationKind] = [.sigmoid, .tanh, .relu, .leakyReLU, .elu, .selu, .swish, .gelu, .geluTanh, .softplus,
                                          .mish, .celu]
        for kind in required { #expect(ActivationKernels.isVectorized(kind), "\(kind)") }
        #expect(!ActivationKernels.isVectorized(.maxout))
    }
}
