/// The plain triple-loop matrix product: slow, obviously correct, and the
/// truth the fast `MatrixMultiplier` is tested against.
///
/// Unlike the fast kernels it is built with bounds checks, and it reads
/// its operands into arrays of exactly the extent their shapes and
/// leading dimensions give, so an index that strays outside a matrix traps
/// instead of agreeing with the same stray read in the code it judges.
public enum ReferenceGEMM {
    /// C = alpha·op(A)·op(B) + beta·C, all row-major, leading dimensions in
    /// elements. op(A) is m×k, op(B) is k×n, C is m×n.
    ///
    /// With beta == 0, C is only written, never read, so it may hold garbage
    /// (even NaN). Sums are accumulated in Double so the reference carries
    /// less rounding error than the code it judges. Only the m×n elements
    /// of C are written: the padding between its rows is left alone.
    public static func multiply(
        _ transA: Transpose, _ transB: Transpose,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        precondition(ldc >= n, "ldc \(ldc) is less than n = \(n)")
        let a = stored(a, rows: transA == .none ? m : k, columns: transA == .none ? k : m, leadingDimension: lda)
        let b = stored(b, rows: transB == .none ? k : n, columns: transB == .none ? n : k, leadingDimension: ldb)
        let original = beta == 0 ? [] : stored(UnsafePointer(c), rows: m, columns: n, leadingDimension: ldc)
        var result = [Float](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum = 0.0
                for p in 0..<k {
                    let aValue = transA == .none ? a[i * lda + p] : a[p * lda + i]
                    let bValue = transB == .none ? b[p * ldb + j] : b[j * ldb + p]
                    sum += Double(aValue) * Double(bValue)
                }
                let scaled = Double(alpha) * sum
                result[i * n + j] = beta == 0 ? Float(scaled) : Float(scaled + Double(beta) * Double(original[i * ldc + j]))
            }
        }
        for i in 0..<m {
            for j in 0..<n { c[i * ldc + j] = result[i * n + j] }
        }
    }

    /// A row-major matrix's elements, from the first of its first row to
    /// the last of its last.
    private static func stored(_ base: UnsafePointer<Float>, rows: Int, columns: Int, leadingDimension: Int) -> [Float] {
        precondition(leadingDimension >= columns, "leading dimension \(leadingDimension) is less than \(columns) columns")
        guard rows > 0, columns > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: (rows - 1) * leadingDimension + columns))
    }
}
