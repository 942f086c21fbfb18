import Kernels

/// Intermediate values for up to `rows` examples at a time, allocated once
/// per network shape and batch size so a training step allocates nothing.
///
/// `@unchecked Sendable`: a trainer that finds its workspace shared (after
/// being copied) builds a new one before writing, so no two threads write
/// one workspace, and a shared workspace is only ever read.
final class NetworkWorkspace: @unchecked Sendable {
    let rows: Int
    /// nil on the reference path.
    let multiplier: MatrixMultiplier?
    /// The gathered examples of the current chunk, `rows × inputCount`.
    let input: ScratchBuffer<Float>
    let labels: ScratchBuffer<Int32>
    /// Regression targets of the current chunk, one per row.
    let targets: ScratchBuffer<Float>
    /// Per layer, `rows × width`: pre-activations.
    let preactivations: [ScratchBuffer<Float>]
    /// Per layer, `rows × unitCount`: outputs (probabilities for the last).
    let outputs: [ScratchBuffer<Float>]
    /// Per layer, `rows × width`: ∂loss/∂z.
    let deltas: [ScratchBuffer<Float>]
    /// Per layer, `rows × unitCount`: ∂loss/∂a for maxout layers, and
    /// derivative values while diagnosing.
    let outputDeltas: [ScratchBuffer<Float>]
    /// Per maxout layer, `rows × unitCount`: the winning piece.
    let winners: [ScratchBuffer<Int32>]
    /// Gradients of the last backward pass, already reduced (sum or mean).
    /// A fused pass leaves the weight gradients unwritten; the trainer's
    /// `LatestGradients` says whether these are current.
    let weightGradients: [ScratchBuffer<Float>]
    let biasGradients: [ScratchBuffer<Float>]
    let alphaGradients: [ScratchBuffer<Float>]

    init(layers: [DenseLayer], rows: Int, path: ComputePath, threads: Int) {
        self.rows = rows
        multiplier = path == .fast ? MatrixMultiplier(threads: threads) : nil
        input = ScratchBuffer(count: rows * (layers.first?.inputCount ?? 0), zero: 0)
        labels = ScratchBuffer(count: rows, zero: 0)
        targets = ScratchBuffer(count: rows, zero: 0)
        preactivations = layers.map { ScratchBuffer(count: rows * $0.width, zero: 0) }
        outputs = layers.map { ScratchBuffer(count: rows * $0.unitCount, zero: 0) }
        deltas = layers.map { ScratchBuffer(count: rows * $0.width, zero: 0) }
        outputDeltas = layers.map { ScratchBuffer(count: rows * $0.unitCount, zero: 0) }
        winners = layers.map { ScratchBuffer(count: $0.function.pieces > 1 ? rows * $0.unitCount : 0, zero: 0) }
        weightGradients = layers.map { ScratchBuffer(count: $0.weights.count, zero: 0) }
        biasGradients = layers.map { ScratchBuffer(count: $0.bias.count, zero: 0) }
        alphaGradients = layers.map { ScratchBuffer(count: $0.alpha.count, zero: 0) }
    }

    /// C = alpha·op(A)·op(B) + beta·C on this workspace's path, then the
    /// epilogue over all of C: fused into the product's blocks on the fast
    /// path, one call after it on the reference path.
    func multiply(_ transA: Transpose, _ transB: Transpose, m: Int, n: Int, k: Int, alpha: Float,
                  a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                  beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int, epilogue: ProductEpilogue? = nil) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            // An empty sum; the kernels need not handle it.
            for i in 0..<m {
                for j in 0..<n { c[i * ldc + j] = beta == 0 ? 0 : beta * c[i * ldc + j] }
            }
            epilogue?(rows: 0..<m, columns: 0..<n)
            return
        }
        if let multiplier {
            multiplier.multiply(transA, transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, epilogue: epilogue)
        } else {
            ReferenceGEMM.multiply(transA, transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda,
                                   b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
            epilogue?(rows: 0..<m, columns: 0..<n)
        }
    }
}
