/// An activation whose forward pass takes the two-vector loop
/// (`ActivationPass.forwardPaired`), which inlines its body four times
/// over: for the cheap, memory-bound ones (the piecewise-linear family,
/// softsign, hard-swish) the general loop's bookkeeping was a fifth of
/// the forward pass. Their slope passes stay on the general loop, where
/// they already run at memory speed; `PairedVectorActivationFunction`
/// pairs both.
protocol PairedForwardActivationFunction: VectorActivationFunction {}

extension PairedForwardActivationFunction {
    func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        ActivationPass.forwardPaired(self, input, bias, rows, columns, preactivation, output)
    }
}
