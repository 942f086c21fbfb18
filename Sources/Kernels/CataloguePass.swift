import Activations

/// The catalogue's scalar f and f′ in Double, element by element, for the
/// kinds with no vector form (maxout). Results are rounded once, as the
/// reference passes round them. A plain loop: the catalogue's switch is too
/// large to inline, and calling it per lane of a vector costs more.
struct CataloguePass: PointwisePass {
    let activation: Activation

    func forward(
        _ input: UnsafePointer<Float>, _ bias: UnsafePointer<Float>?, _ rows: Int, _ columns: Int,
        _ preactivation: UnsafeMutablePointer<Float>?, _ output: UnsafeMutablePointer<Float>
    ) {
        for r in 0..<rows {
            for c in 0..<columns {
                let index = r * columns + c
                // No "+ 0" without a bias: it would turn −0 into +0.
                let z = bias.map { input[index] + $0[c] } ?? input[index]
                preactivation?[index] = z
                output[index] = Float(activation.value(Double(z)))
            }
        }
    }

    func multiplyByDerivative(_ delta: UnsafeMutablePointer<Float>, _ count: Int, _ z: UnsafePointer<Float>) {
        for i in 0..<count {
            delta[i] *= Float(activation.derivative(Double(z[i])))
        }
    }
}
