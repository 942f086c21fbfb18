/// Copies blocks of the operands into the layout the micro-kernel streams:
/// contiguous micro-panels, zero-padded to whole tiles so the kernel never
/// needs edge cases. Packing is O(size) against the product's O(size·depth),
/// and it turns transposes and leading dimensions into plain sequential reads.
enum Packing {
    /// Packs Aᵀ[rowStart ..< rowStart+rows, depthStart ..< depthStart+depth]
    /// (A stored depth × rows, leading dimension lda) into panels of
    /// `MicroKernel.rows` rows: panel q holds, for each p, the 12 values
    /// Aᵀ[q*12 + r, p] side by side, zero past the last row. (A row-major A
    /// needs no copy: the kernels read its rows in place.)
    static func packTransposedA(
        a: UnsafePointer<Float>, lda: Int,
        rowStart: Int, rows: Int, depthStart: Int, depth: Int,
        into packed: UnsafeMutablePointer<Float>
    ) {
        let mr = MicroKernel.rows
        var out = packed
        var i = 0
        while i < rows {
            let height = min(mr, rows - i)
            // Aᵀ[i, p] = a[p*lda + i]: the 12 values of one p are contiguous.
            let base = a + depthStart * lda + rowStart + i
            for p in 0..<depth {
                let source = base + p * lda
                let target = out + p * mr
                for r in 0..<height { target[r] = source[r] }
                for r in height..<mr { target[r] = 0 }
            }
            out += mr * depth
            i += mr
        }
    }

    /// Packs op(B)[depthStart ..< depthStart+depth, columnStart ..< columnStart+columns]
    /// into panels of `MicroKernel.columns` (32) columns: panel q holds, for
    /// each p, the values op(B)[p, q*32 + c] side by side.
    static func packB(
        _ trans: Transpose, b: UnsafePointer<Float>, ldb: Int,
        depthStart: Int, depth: Int, columnStart: Int, columns: Int,
        into packed: UnsafeMutablePointer<Float>
    ) {
        let nr = MicroKernel.columns
        var out = packed
        var j = 0
        while j < columns {
            let width = min(nr, columns - j)
            if trans == .none {
                let base = b + depthStart * ldb + columnStart + j
                if width == nr {
                    for p in 0..<depth {
                        let source = UnsafeRawPointer(base + p * ldb)
                        let target = UnsafeMutableRawPointer(out + p * nr)
                        for offset in stride(from: 0, to: nr * 4, by: 64) {
                            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self),
                                              toByteOffset: offset, as: SIMD16<Float>.self)
                        }
                    }
                } else {
                    for p in 0..<depth {
                        let source = base + p * ldb
                        let target = out + p * nr
                        for c in 0..<width { target[c] = source[c] }
                        for c in width..<nr { target[c] = 0 }
                    }
                }
            } else {
                // op(B)[p, j] = b[j*ldb + p]: the panel's columns are rows of b.
                // Gather one packed row at a time so the writes stream; the
                // 32 source rows stay in L1 across 16 consecutive p.
                let base = b + (columnStart + j) * ldb + depthStart
                for p in 0..<depth {
                    let target = out + p * nr
                    let source = base + p
                    for c in 0..<width { target[c] = source[c * ldb] }
                    for c in width..<nr { target[c] = 0 }
                }
            }
            out += nr * depth
            j += nr
        }
    }
}
