/// An activation whose forward and slope passes both take the two-vector
/// loops (`ActivationPass.forwardPaired`, `scalePaired`): the fast
/// transcendental ones (sigmoid, tanh, mish, swish with β = 1), where two
/// independent vectors per iteration give the divider and the FMA ports
/// more to overlap. Refinements rather than a flag tested inside one entry
/// point, so that each entry point holds only the loop it runs.
protocol PairedVectorActivationFunction: PairedForwardActivationFunction {}

extension PairedVectorActivationFunction {
    func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        ActivationPass.scalePaired(self, delta, count, by: z)
    }
}
