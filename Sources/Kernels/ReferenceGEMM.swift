/// The plain triple-loop matrix product: slow, obviously correct, and the
/// truth the fast `MatrixMultiplier` is tested against.
public enum ReferenceGEMM {
    /// C = alpha·op(A)·op(B) + beta·C, all row-major, leading dimensions in
    /// elements. op(A) is m×k, op(B) is k×n, C is m×n.
    ///
    /// With beta == 0, C is only written, never read, so it may hold garbage
    /// (even NaN). Sums are accumulated in Double so the reference carries
    /// less rounding error than the code it judges.
    public static func multiply(
        _ transA: Transpose, _ transB: Transpose,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let aValue = transA == .none ? a[i * lda + p] : a[p * lda + i]
                    let bValue = transB == .none ? b[p * ldb + j] : b[j * ldb + p]
                    sum += Double(aValue) * Double(bValue)
                }
                let scaled = Double(alpha) * sum
                c[i * ldc + j] = beta == 0 ? Float(scaled) : Float(scaled + Double(beta) * Double(c[i * ldc + j]))
            }
        }
    }
}
