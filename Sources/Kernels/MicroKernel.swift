/// The register-blocked inner loop of the matrix product: a 12×32 tile of C
/// held in 24 SIMD16 accumulators (of the 32 vector registers AVX-512 has),
/// fed by one packed A micro-panel (12 values per k step, broadcast) and one
/// packed B micro-panel (32 values per k step, two vector loads).
enum MicroKernel {
    /// Rows of C per tile: the broadcast side.
    static let rows = 12
    /// Columns of C per tile: the vector side, two SIMD16 registers.
    static let columns = 32

    /// tile[r*32 + c] = Σₚ a[p*12 + r]·b[p*32 + c] for p in 0..<depth.
    /// `tile` receives the raw sums; scaling and merging into C is the
    /// epilogue's job, so this loop stays a pure stream of FMAs.
    @inline(__always)
    static func accumulate(
        depth: Int,
        a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        tile: UnsafeMutablePointer<Float>
    ) {
        var c00 = SIMD16<Float>(), c01 = SIMD16<Float>()
        var c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
        var c20 = SIMD16<Float>(), c21 = SIMD16<Float>()
        var c30 = SIMD16<Float>(), c31 = SIMD16<Float>()
        var c40 = SIMD16<Float>(), c41 = SIMD16<Float>()
        var c50 = SIMD16<Float>(), c51 = SIMD16<Float>()
        var c60 = SIMD16<Float>(), c61 = SIMD16<Float>()
        var c70 = SIMD16<Float>(), c71 = SIMD16<Float>()
        var c80 = SIMD16<Float>(), c81 = SIMD16<Float>()
        var c90 = SIMD16<Float>(), c91 = SIMD16<Float>()
        var ca0 = SIMD16<Float>(), ca1 = SIMD16<Float>()
        var cb0 = SIMD16<Float>(), cb1 = SIMD16<Float>()
        var ap = a
        var bp = UnsafeRawPointer(b)
        for _ in 0..<depth {
            let b0 = bp.loadUnaligned(as: SIMD16<Float>.self)
            let b1 = bp.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
            var x = SIMD16<Float>(repeating: ap[0])
            c00.accumulateProduct(x, b0); c01.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[1])
            c10.accumulateProduct(x, b0); c11.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[2])
            c20.accumulateProduct(x, b0); c21.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[3])
            c30.accumulateProduct(x, b0); c31.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[4])
            c40.accumulateProduct(x, b0); c41.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[5])
            c50.accumulateProduct(x, b0); c51.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[6])
            c60.accumulateProduct(x, b0); c61.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[7])
            c70.accumulateProduct(x, b0); c71.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[8])
            c80.accumulateProduct(x, b0); c81.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[9])
            c90.accumulateProduct(x, b0); c91.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[10])
            ca0.accumulateProduct(x, b0); ca1.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: ap[11])
            cb0.accumulateProduct(x, b0); cb1.accumulateProduct(x, b1)
            ap += 12
            bp += 128
        }
        let t = UnsafeMutableRawPointer(tile)
        t.storeBytes(of: c00, toByteOffset: 0 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c01, toByteOffset: 0 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c10, toByteOffset: 1 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c11, toByteOffset: 1 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c20, toByteOffset: 2 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c21, toByteOffset: 2 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c30, toByteOffset: 3 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c31, toByteOffset: 3 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c40, toByteOffset: 4 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c41, toByteOffset: 4 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c50, toByteOffset: 5 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c51, toByteOffset: 5 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c60, toByteOffset: 6 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c61, toByteOffset: 6 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c70, toByteOffset: 7 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c71, toByteOffset: 7 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c80, toByteOffset: 8 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c81, toByteOffset: 8 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c90, toByteOffset: 9 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c91, toByteOffset: 9 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: ca0, toByteOffset: 10 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: ca1, toByteOffset: 10 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: cb0, toByteOffset: 11 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: cb1, toByteOffset: 11 * 128 + 64, as: SIMD16<Float>.self)
    }

    /// `accumulate` for 12 rows of a row-major A read in place (row r at
    /// a + r·lda, running along the depth) instead of a packed panel: the
    /// panel's 12 row segments are as small as the packed copy, so they stay
    /// in L1 just the same, and the copy (made by every thread) is saved.
    /// Rows at or past `height` repeat the last real row; their sums are
    /// never stored.
    @inline(__always)
    static func accumulateRows(
        depth: Int,
        a: UnsafePointer<Float>, lda: Int, height: Int, b: UnsafePointer<Float>,
        tile: UnsafeMutablePointer<Float>
    ) {
        func row(_ r: Int) -> UnsafePointer<Float> { a + min(r, height - 1) * lda }
        let a0 = row(0), a1 = row(1), a2 = row(2), a3 = row(3)
        let a4 = row(4), a5 = row(5), a6 = row(6), a7 = row(7)
        let a8 = row(8), a9 = row(9), a10 = row(10), a11 = row(11)
        var c00 = SIMD16<Float>(), c01 = SIMD16<Float>()
        var c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
        var c20 = SIMD16<Float>(), c21 = SIMD16<Float>()
        var c30 = SIMD16<Float>(), c31 = SIMD16<Float>()
        var c40 = SIMD16<Float>(), c41 = SIMD16<Float>()
        var c50 = SIMD16<Float>(), c51 = SIMD16<Float>()
        var c60 = SIMD16<Float>(), c61 = SIMD16<Float>()
        var c70 = SIMD16<Float>(), c71 = SIMD16<Float>()
        var c80 = SIMD16<Float>(), c81 = SIMD16<Float>()
        var c90 = SIMD16<Float>(), c91 = SIMD16<Float>()
        var ca0 = SIMD16<Float>(), ca1 = SIMD16<Float>()
        var cb0 = SIMD16<Float>(), cb1 = SIMD16<Float>()
        var bp = UnsafeRawPointer(b)
        for q in 0..<depth {
            let b0 = bp.loadUnaligned(as: SIMD16<Float>.self)
            let b1 = bp.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
            var x = SIMD16<Float>(repeating: a0[q])
            c00.accumulateProduct(x, b0); c01.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a1[q])
            c10.accumulateProduct(x, b0); c11.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a2[q])
            c20.accumulateProduct(x, b0); c21.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a3[q])
            c30.accumulateProduct(x, b0); c31.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a4[q])
            c40.accumulateProduct(x, b0); c41.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a5[q])
            c50.accumulateProduct(x, b0); c51.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a6[q])
            c60.accumulateProduct(x, b0); c61.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a7[q])
            c70.accumulateProduct(x, b0); c71.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a8[q])
            c80.accumulateProduct(x, b0); c81.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a9[q])
            c90.accumulateProduct(x, b0); c91.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a10[q])
            ca0.accumulateProduct(x, b0); ca1.accumulateProduct(x, b1)
            x = SIMD16<Float>(repeating: a11[q])
            cb0.accumulateProduct(x, b0); cb1.accumulateProduct(x, b1)
            bp += 128
        }
        let t = UnsafeMutableRawPointer(tile)
        t.storeBytes(of: c00, toByteOffset: 0 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c01, toByteOffset: 0 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c10, toByteOffset: 1 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c11, toByteOffset: 1 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c20, toByteOffset: 2 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c21, toByteOffset: 2 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c30, toByteOffset: 3 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c31, toByteOffset: 3 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c40, toByteOffset: 4 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c41, toByteOffset: 4 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c50, toByteOffset: 5 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c51, toByteOffset: 5 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c60, toByteOffset: 6 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c61, toByteOffset: 6 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c70, toByteOffset: 7 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c71, toByteOffset: 7 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c80, toByteOffset: 8 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c81, toByteOffset: 8 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: c90, toByteOffset: 9 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c91, toByteOffset: 9 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: ca0, toByteOffset: 10 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: ca1, toByteOffset: 10 * 128 + 64, as: SIMD16<Float>.self)
        t.storeBytes(of: cb0, toByteOffset: 11 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: cb1, toByteOffset: 11 * 128 + 64, as: SIMD16<Float>.self)
    }

    /// tile[r*32 + c] = Σₚ a[p*aStride + r]·b[p*16 + c] for c < 16: the
    /// narrow counterpart of `accumulate` for products with at most 16
    /// columns (the lecture's 10-class layer), 12×16 in 12 accumulators,
    /// writing the same tile layout.
    /// `aStride` is 12 for a packed panel; a transposed operand is read in
    /// place with its leading dimension, its 12 rows being adjacent.
    @inline(__always)
    static func accumulateNarrow(
        depth: Int,
        a: UnsafePointer<Float>, aStride: Int = 12, b: UnsafePointer<Float>,
        tile: UnsafeMutablePointer<Float>
    ) {
        var c0 = SIMD16<Float>(), c1 = SIMD16<Float>(), c2 = SIMD16<Float>(), c3 = SIMD16<Float>()
        var c4 = SIMD16<Float>(), c5 = SIMD16<Float>(), c6 = SIMD16<Float>(), c7 = SIMD16<Float>()
        var c8 = SIMD16<Float>(), c9 = SIMD16<Float>(), ca = SIMD16<Float>(), cb = SIMD16<Float>()
        var ap = a
        var bp = UnsafeRawPointer(b)
        for _ in 0..<depth {
            let bv = bp.loadUnaligned(as: SIMD16<Float>.self)
            c0.accumulateProduct(SIMD16<Float>(repeating: ap[0]), bv)
            c1.accumulateProduct(SIMD16<Float>(repeating: ap[1]), bv)
            c2.accumulateProduct(SIMD16<Float>(repeating: ap[2]), bv)
            c3.accumulateProduct(SIMD16<Float>(repeating: ap[3]), bv)
            c4.accumulateProduct(SIMD16<Float>(repeating: ap[4]), bv)
            c5.accumulateProduct(SIMD16<Float>(repeating: ap[5]), bv)
            c6.accumulateProduct(SIMD16<Float>(repeating: ap[6]), bv)
            c7.accumulateProduct(SIMD16<Float>(repeating: ap[7]), bv)
            c8.accumulateProduct(SIMD16<Float>(repeating: ap[8]), bv)
            c9.accumulateProduct(SIMD16<Float>(repeating: ap[9]), bv)
            ca.accumulateProduct(SIMD16<Float>(repeating: ap[10]), bv)
            cb.accumulateProduct(SIMD16<Float>(repeating: ap[11]), bv)
            ap += aStride
            bp += 64
        }
        let t = UnsafeMutableRawPointer(tile)
        t.storeBytes(of: c0, toByteOffset: 0 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c1, toByteOffset: 1 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c2, toByteOffset: 2 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c3, toByteOffset: 3 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c4, toByteOffset: 4 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c5, toByteOffset: 5 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c6, toByteOffset: 6 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c7, toByteOffset: 7 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c8, toByteOffset: 8 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: c9, toByteOffset: 9 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: ca, toByteOffset: 10 * 128, as: SIMD16<Float>.self)
        t.storeBytes(of: cb, toByteOffset: 11 * 128, as: SIMD16<Float>.self)
    }

    /// C[r, c] = alpha·tile[r, c] + beta·C[r, c] for the `rows`×`columns`
    /// corner that lies inside C. beta == 0 never reads C (it may be NaN).
    @inline(__always)
    static func store(
        tile: UnsafePointer<Float>, rows: Int, columns: Int,
        alpha: Float, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let vAlpha = SIMD16<Float>(repeating: alpha)
        let vBeta = SIMD16<Float>(repeating: beta)
        let tileRaw = UnsafeRawPointer(tile)
        for r in 0..<rows {
            let row = c + r * ldc
            let rowRaw = UnsafeMutableRawPointer(row)
            let source = tile + r * MicroKernel.columns
            var j = 0
            while j + 16 <= columns {
                let sum = tileRaw.loadUnaligned(fromByteOffset: (r * MicroKernel.columns + j) * 4, as: SIMD16<Float>.self)
                var value = vAlpha * sum
                if beta != 0 {
                    value.accumulateProduct(vBeta, rowRaw.loadUnaligned(fromByteOffset: j * 4, as: SIMD16<Float>.self))
                }
                rowRaw.storeBytes(of: value, toByteOffset: j * 4, as: SIMD16<Float>.self)
                j += 16
            }
            while j < columns {
                row[j] = beta == 0 ? alpha * source[j] : alpha * source[j] + beta * row[j]
                j += 1
            }
        }
    }
}
