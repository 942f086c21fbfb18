import Kernels

/// One matrix product to check: shapes, transposes, scalars and padding of
/// the leading dimensions, with seeded operands.
struct GEMMCase: CustomStringConvertible {
    var transA: Transpose = .none
    var transB: Transpose = .none
    var m: Int
    var n: Int
    var k: Int
    var alpha: Float = 1
    var beta: Float = 0
    /// Extra elements per stored row beyond the width.
    var padA = 0, padB = 0, padC = 0
    var seed: UInt64 = 1

    var description: String {
        "\(transA)/\(transB) m=\(m) n=\(n) k=\(k) alpha=\(alpha) beta=\(beta) pad=\(padA),\(padB),\(padC)"
    }

    var lda: Int { (transA == .none ? k : m) + padA }
    var ldb: Int { (transB == .none ? n : k) + padB }
    var ldc: Int { n + padC }
    var storedRowsA: Int { transA == .none ? m : k }
    var storedRowsB: Int { transB == .none ? k : n }

    /// The largest difference from the reference, each divided by a bound on
    /// that element's rounding error ((k+2) units of 2⁻²³ times Σ|αa·b| + |βc|),
    /// so a result ≤ 1 passes. Also returns the fast result for comparisons.
    func check(with multiplier: MatrixMultiplier) -> (worst: Double, result: [Float]) {
        var random = TestRandom(seed: seed)
        let a = random.floats(max(1, storedRowsA * lda))
        let b = random.floats(max(1, storedRowsB * ldb))
        // beta == 0 must not read C: fill it with NaN so any read shows.
        let c0 = beta == 0 ? [Float](repeating: .nan, count: max(1, m * ldc)) : random.floats(max(1, m * ldc))
        var fast = c0
        var truth = c0
        multiplier.multiply(transA, transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                            beta: beta, c: &fast, ldc: ldc)
        ReferenceGEMM.multiply(transA, transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                               beta: beta, c: &truth, ldc: ldc)
        var worst = 0.0
        for i in 0..<m {
            for j in 0..<n {
                var magnitude = 0.0
                for p in 0..<k {
                    let x = transA == .none ? a[i * lda + p] : a[p * lda + i]
                    let y = transB == .none ? b[p * ldb + j] : b[j * ldb + p]
                    magnitude += abs(Double(alpha) * Double(x) * Double(y))
                }
                if beta != 0 { magnitude += abs(Double(beta) * Double(c0[i * ldc + j])) }
                let bound = Double(k + 2) * 0x1p-23 * magnitude + 1e-30
                let difference = abs(Double(fast[i * ldc + j]) - Double(truth[i * ldc + j]))
                worst = max(worst, difference.isNaN ? .infinity : difference / bound)
            }
            // Padding between rows belongs to the caller and must survive.
            for j in n..<ldc where !(fast[i * ldc + j].bitPattern == c0[i * ldc + j].bitPattern) {
                worst = .infinity
            }
        }
        return (worst, fast)
    }
}
