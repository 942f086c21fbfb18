/// Products with one small dimension, the shapes of a classifier's output
/// layer: C is m×n with n ≤ 16 (the forward product and the weight
/// gradient of a 10-class layer), or the depth k ≤ 16 (the deltas sent
/// back through it). Blocking and packing buy nothing here, since one
/// operand is a few kilobytes; the cost is in touching the large operand
/// once, so it is read where it lies and only the small one is packed.
enum SkinnyProduct {
    /// Widest C the narrow path takes: one SIMD16 register per row.
    static let narrowLimit = 16
    /// Deepest product the thin path takes.
    static let thinLimit = 16

    // MARK: - Narrow: n ≤ 16

    /// Floats `packNarrowB` writes: k rows of 16.
    static func narrowPackedCount(k: Int) -> Int { k * 16 }

    /// op(B) (k×n, n ≤ 16) into k rows of 16 floats, zero past n.
    static func packNarrowB(_ p: Problem, into packed: UnsafeMutablePointer<Float>) {
        packed.update(repeating: 0, count: p.k * 16)
        if p.transB == .none {
            for q in 0..<p.k {
                let source = p.b + q * p.ldb, target = packed + q * 16
                for c in 0..<p.n { target[c] = source[c] }
            }
        } else {
            for c in 0..<p.n {
                let source = p.b + c * p.ldb
                for q in 0..<p.k { packed[q * 16 + c] = source[q] }
            }
        }
    }

    /// Rows `rows` of C for n ≤ 16, in 12-row panels, each a broadcast of
    /// op(A) against one SIMD16 row of packed B per depth step.
    static func runNarrow(_ p: Problem, rows: Range<Int>, packedB: UnsafePointer<Float>, workspace: Workspace) {
        let mr = MicroKernel.rows
        let tile = workspace.tile
        var i = rows.lowerBound
        while i < rows.upperBound {
            let height = min(mr, rows.upperBound - i)
            if p.transA == .none {
                accumulateNarrowRows(depth: p.k, a: p.a + i * p.lda, lda: p.lda, height: height, b: packedB, tile: tile)
            } else if height < mr {
                // A partial panel is copied out, zero-padded, so the kernel
                // reads nothing past the matrix.
                Packing.packTransposedA(a: p.a, lda: p.lda, rowStart: i, rows: height, depthStart: 0, depth: p.k,
                                        into: workspace.packedA)
                MicroKernel.accumulateNarrow(depth: p.k, a: workspace.packedA, b: packedB, tile: tile)
            } else {
                // op(A)[i + r, q] = a[q·lda + i + r]: the 12 values of a step are adjacent.
                MicroKernel.accumulateNarrow(depth: p.k, a: p.a + i, aStride: p.lda, b: packedB, tile: tile)
            }
            MicroKernel.store(tile: tile, rows: height, columns: p.n, alpha: p.alpha, beta: p.beta,
                              c: p.c + i * p.ldc, ldc: p.ldc)
            p.epilogue?(rows: i..<(i + height), columns: 0..<p.n)
            i += height
        }
    }

    /// `accumulateNarrow` for 12 rows of a row-major A read in place: row r
    /// of the panel starts at a + r·lda and runs along the depth. Rows at or
    /// past `height` repeat the last real row, so nothing past the matrix
    /// is read; their sums are never stored.
    @inline(__always)
    static func accumulateNarrowRows(
        depth: Int, a: UnsafePointer<Float>, lda: Int, height: Int, b: UnsafePointer<Float>,
        tile: UnsafeMutablePointer<Float>
    ) {
        func row(_ r: Int) -> UnsafePointer<Float> { a + min(r, height - 1) * lda }
        let a0 = row(0), a1 = row(1), a2 = row(2), a3 = row(3)
        let a4 = row(4), a5 = row(5), a6 = row(6), a7 = row(7)
        let a8 = row(8), a9 = row(9), a10 = row(10), a11 = row(11)
        var c0 = SIMD16<Float>(), c1 = SIMD16<Float>(), c2 = SIMD16<Float>(), c3 = SIMD16<Float>()
        var c4 = SIMD16<Float>(), c5 = SIMD16<Float>(), c6 = SIMD16<Float>(), c7 = SIMD16<Float>()
        var c8 = SIMD16<Float>(), c9 = SIMD16<Float>(), c10 = SIMD16<Float>(), c11 = SIMD16<Float>()
        let bp = UnsafeRawPointer(b)
        for q in 0..<depth {
            let bv = bp.loadUnaligned(fromByteOffset: q * 64, as: SIMD16<Float>.self)
            c0.accumulateProduct(SIMD16<Float>(repeating: a0[q]), bv)
            c1.accumulateProduct(SIMD16<Float>(repeating: a1[q]), bv)
            c2.accumulateProduct(SIMD16<Float>(repeating: a2[q]), bv)
            c3.accumulateProduct(SIMD16<Float>(repeating: a3[q]), bv)
            c4.accumulateProduct(SIMD16<Float>(repeating: a4[q]), bv)
            c5.accumulateProduct(SIMD16<Float>(repeating: a5[q]), bv)
            c6.accumulateProduct(SIMD16<Float>(repeating: a6[q]), bv)
            c7.accumulateProduct(SIMD16<Float>(repeating: a7[q]), bv)
            c8.accumulateProduct(SIMD16<Float>(repeating: a8[q]), bv)
            c9.accumulateProduct(SIMD16<Float>(repeating: a9[q]), bv)
            c10.accumulateProduct(SIMD16<Float>(repeating: a10[q]), bv)
            c11.accumulateProduct(SIMD16<Float>(repeating: a11[q]), bv)
        }
        let t = UnsafeMutableRawPointer(tile)
        let stride = MicroKernel.columns * 4
        t.storeBytes(of: c0, toByteOffset: 0 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c1, toByteOffset: 1 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c2, toByteOffset: 2 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c3, toByteOffset: 3 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c4, toByteOffset: 4 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c5, toByteOffset: 5 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c6, toByteOffset: 6 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c7, toByteOffset: 7 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c8, toByteOffset: 8 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c9, toByteOffset: 9 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c10, toByteOffset: 10 * stride, as: SIMD16<Float>.self)
        t.storeBytes(of: c11, toByteOffset: 11 * stride, as: SIMD16<Float>.self)
    }

    // MARK: - Thin: k ≤ 16

    /// Columns of one packed row of op(B) on the thin path.
    static func thinPaddedWidth(n: Int) -> Int { (n + 15) / 16 * 16 }

    /// Floats `packThinB` writes: k rows of n rounded up to 16.
    static func thinPackedCount(k: Int, n: Int) -> Int { k * thinPaddedWidth(n: n) }

    /// op(B) (k×n, k ≤ 16) into k contiguous rows, zero-padded to whole vectors.
    static func packThinB(_ p: Problem, into packed: UnsafeMutablePointer<Float>) {
        let width = thinPaddedWidth(n: p.n)
        for q in 0..<p.k {
            let target = packed + q * width
            if p.transB == .none {
                target.update(from: p.b + q * p.ldb, count: p.n)
            } else {
                for c in 0..<p.n { target[c] = p.b[c * p.ldb + q] }
            }
            for c in p.n..<width { target[c] = 0 }
        }
    }

    /// Rows an epilogue receives at a time on the thin path: a few rows of a
    /// wide C, small enough to still be in L1 when it runs.
    static let thinEpilogueRows = 8

    /// Rows `rows` of C for k ≤ 16: each pair of rows is a sum of k scaled
    /// rows of packed B, 64 columns at a time.
    static func runThin(_ p: Problem, rows: Range<Int>, packedB: UnsafePointer<Float>) {
        let width = thinPaddedWidth(n: p.n)
        // op(A)[i, q] = a[i·rowStride + q·depthStride].
        let rowStride = p.transA == .none ? p.lda : 1
        let depthStride = p.transA == .none ? 1 : p.lda
        let bp = UnsafeRawPointer(packedB)
        let rowBytes = width * 4
        var blockStart = rows.lowerBound
        var i = rows.lowerBound
        while i < rows.upperBound {
            // A lone last row is computed twice over and stored once.
            let second = min(i + 1, rows.upperBound - 1)
            let a0 = p.a + i * rowStride, a1 = p.a + second * rowStride
            let c0 = p.c + i * p.ldc, c1 = p.c + second * p.ldc
            let pair = second > i
            var j = 0
            while j + 64 <= width {
                var x0 = SIMD16<Float>(), x1 = SIMD16<Float>(), x2 = SIMD16<Float>(), x3 = SIMD16<Float>()
                var y0 = SIMD16<Float>(), y1 = SIMD16<Float>(), y2 = SIMD16<Float>(), y3 = SIMD16<Float>()
                for q in 0..<p.k {
                    let row = bp + q * rowBytes + j * 4
                    let b0 = row.loadUnaligned(as: SIMD16<Float>.self)
                    let b1 = row.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
                    let b2 = row.loadUnaligned(fromByteOffset: 128, as: SIMD16<Float>.self)
                    let b3 = row.loadUnaligned(fromByteOffset: 192, as: SIMD16<Float>.self)
                    let s = SIMD16<Float>(repeating: a0[q * depthStride])
                    let t = SIMD16<Float>(repeating: a1[q * depthStride])
                    x0.accumulateProduct(s, b0); x1.accumulateProduct(s, b1)
                    x2.accumulateProduct(s, b2); x3.accumulateProduct(s, b3)
                    y0.accumulateProduct(t, b0); y1.accumulateProduct(t, b1)
                    y2.accumulateProduct(t, b2); y3.accumulateProduct(t, b3)
                }
                store(x0, to: c0 + j, count: min(16, p.n - j), alpha: p.alpha, beta: p.beta)
                store(x1, to: c0 + j + 16, count: min(16, p.n - j - 16), alpha: p.alpha, beta: p.beta)
                store(x2, to: c0 + j + 32, count: min(16, p.n - j - 32), alpha: p.alpha, beta: p.beta)
                store(x3, to: c0 + j + 48, count: min(16, p.n - j - 48), alpha: p.alpha, beta: p.beta)
                if pair {
                    store(y0, to: c1 + j, count: min(16, p.n - j), alpha: p.alpha, beta: p.beta)
                    store(y1, to: c1 + j + 16, count: min(16, p.n - j - 16), alpha: p.alpha, beta: p.beta)
                    store(y2, to: c1 + j + 32, count: min(16, p.n - j - 32), alpha: p.alpha, beta: p.beta)
                    store(y3, to: c1 + j + 48, count: min(16, p.n - j - 48), alpha: p.alpha, beta: p.beta)
                }
                j += 64
            }
            while j < width {
                var x = SIMD16<Float>(), y = SIMD16<Float>()
                for q in 0..<p.k {
                    let b = (bp + q * rowBytes + j * 4).loadUnaligned(as: SIMD16<Float>.self)
                    x.accumulateProduct(SIMD16<Float>(repeating: a0[q * depthStride]), b)
                    y.accumulateProduct(SIMD16<Float>(repeating: a1[q * depthStride]), b)
                }
                store(x, to: c0 + j, count: min(16, p.n - j), alpha: p.alpha, beta: p.beta)
                if pair { store(y, to: c1 + j, count: min(16, p.n - j), alpha: p.alpha, beta: p.beta) }
                j += 16
            }
            i = second + 1
            if let epilogue = p.epilogue, i - blockStart >= thinEpilogueRows || i == rows.upperBound {
                epilogue(rows: blockStart..<i, columns: 0..<p.n)
                blockStart = i
            }
        }
    }

    /// c[0..<count] = alpha·v + beta·c (count ≤ 16, c never read when beta is 0).
    @inline(__always)
    static func store(_ v: SIMD16<Float>, to c: UnsafeMutablePointer<Float>, count: Int, alpha: Float, beta: Float) {
        if count >= 16 {
            let raw = UnsafeMutableRawPointer(c)
            var value = SIMD16<Float>(repeating: alpha) * v
            if beta != 0 {
                value.accumulateProduct(SIMD16<Float>(repeating: beta), raw.loadUnaligned(as: SIMD16<Float>.self))
            }
            raw.storeBytes(of: value, as: SIMD16<Float>.self)
        } else {
            for lane in 0..<max(count, 0) {
                c[lane] = beta == 0 ? alpha * v[lane] : alpha * v[lane] + beta * c[lane]
            }
        }
    }
}
