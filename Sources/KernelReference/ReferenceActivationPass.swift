import Activations

/// The scalar truth for the activation passes: the catalogue's f and f′ in
/// Double, rounded once. Built with bounds checks like `ReferenceGEMM`; it
/// reads its inputs into arrays before writing anything, so the outputs
/// may alias the inputs.
public enum ReferenceActivationPass {
    /// z = input + bias (per column, bias may be nil), rounded to Float as
    /// the fast pass stores it, into `preactivation` if non-nil; f(z) into
    /// `output`. Both may alias `input`.
    public static func forward(
        _ activation: Activation,
        input: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        rows: Int, columns: Int,
        preactivation: UnsafeMutablePointer<Float>?,
        output: UnsafeMutablePointer<Float>
    ) {
        guard rows > 0, columns > 0 else { return }
        let count = rows * columns
        let x = Array(UnsafeBufferPointer(start: input, count: count))
        let bias = bias.map { Array(UnsafeBufferPointer(start: $0, count: columns)) }
        var z = x
        var y = [Float](repeating: 0, count: count)
        for r in 0..<rows {
            for c in 0..<columns {
                let index = r * columns + c
                // No "+ 0" without a bias: it would turn −0 into +0.
                if let bias { z[index] = x[index] + bias[c] }
                y[index] = Float(activation.value(Double(z[index])))
            }
        }
        preactivation?.update(from: z, count: count)
        output.update(from: y, count: count)
    }

    /// delta[i] *= f′(z[i]): f′ in Double, rounded once, then one Float
    /// multiply.
    public static func multiplyByDerivative(
        _ activation: Activation,
        preactivation: UnsafePointer<Float>,
        delta: UnsafeMutablePointer<Float>, count: Int
    ) {
        guard count > 0 else { return }
        let z = Array(UnsafeBufferPointer(start: preactivation, count: count))
        var scaled = Array(UnsafeBufferPointer(start: UnsafePointer(delta), count: count))
        for i in z.indices { scaled[i] *= Float(activation.derivative(Double(z[i]))) }
        delta.update(from: scaled, count: count)
    }
}
