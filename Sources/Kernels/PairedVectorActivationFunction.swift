/// An activation whose body is short enough for the two-vector loops
/// (`ActivationPass.forwardPaired`, `scalePaired`), which inline it four
/// times over: the fast transcendental ones (sigmoid, tanh, mish, swish
/// with β = 1) and the cheap ones (the piecewise-linear family, softsign),
/// whose forward pass the general loop's bookkeeping slowed by a fifth.
/// A refinement rather than a flag tested inside one entry point, so that
/// each entry point holds only the loop it runs.
protocol PairedVectorActivationFunction: VectorActivationFunction {}

extension PairedVectorActivationFunction {
    func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(self, input, bias, rows, columns, preactivation, output)
    }

    func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(self, delta, count, by: z)
    }
}
