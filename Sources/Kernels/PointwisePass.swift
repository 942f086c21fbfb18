/// An activation applied element by element over Float buffers: the
/// forward pass with its bias add, and the derivative pass. What
/// `ActivationKernels` dispatches on, whether the activation has a vector
/// form (`VectorActivationFunction`) or not (`CataloguePass`).
protocol PointwisePass: Sendable {
    /// output = f(input + bias), bias per column and optional; z is stored
    /// into `preactivation` if that is non-nil. Either may alias `input`.
    func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    )
    /// delta *= f′(z).
    func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>)
}
