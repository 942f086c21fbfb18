import Dispatch
import Foundation

/// The fast matrix product: operands packed into cache-sized blocks, a
/// 12×32 SIMD FMA micro-kernel, and C split between the cores.
///
/// `@unchecked Sendable` is sound because the only mutable state is the
/// packing workspace, which is touched only inside `multiply`, and a
/// multiplier serves one caller at a time (one per trainer): it may move
/// between threads but must not run two products at once. Within one call
/// each worker thread owns its own workspace and a disjoint block of C.
public final class MatrixMultiplier: @unchecked Sendable {
    /// Worker threads a large product is split over.
    public let threads: Int
    private var workspaces: [Workspace]

    /// Depth of one packed block: a 12×384 A micro-panel (18 KB) stays in L1.
    static let depthBlock = 384
    /// Width of one packed B block: 384×512 floats (768 KB) stay in L2.
    static let columnBlock = 512
    /// Height of one packed A block, bounding the A workspace for tall operands.
    static let rowBlock = 1536
    /// Below this many multiply-adds a product runs on the calling thread:
    /// waking a second core costs more than it saves.
    static let threadingThreshold = 1 << 19
    /// The same for the skinny products, which run near memory speed, so
    /// a second core pays off only on larger ones, or when an epilogue adds
    /// a pass over a C at least this many elements large.
    static let skinnyThreadingThreshold = 1 << 22
    static let skinnyEpilogueThreshold = 1 << 16

    public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.threads = max(1, threads)
        self.workspaces = (0..<max(1, threads)).map { _ in Workspace() }
    }

    deinit {
        for workspace in workspaces { workspace.deallocate() }
    }

    /// C = alpha·op(A)·op(B) + beta·C, row-major, leading dimensions in
    /// elements; op(A) is m×k, op(B) is k×n. Same contract as
    /// `ReferenceGEMM.multiply`: with beta == 0, C is never read. An
    /// epilogue runs once on every block of C after that block is final.
    public func multiply(
        _ transA: Transpose, _ transB: Transpose,
        m: Int, n: Int, k: Int,
        alpha: Float,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int,
        epilogue: ProductEpilogue? = nil
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 || alpha == 0 {
            Self.scale(c: c, ldc: ldc, m: m, n: n, beta: beta)
            epilogue?(rows: 0..<m, columns: 0..<n)
            return
        }
        let problem = Problem(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                              a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc, epilogue: epilogue)
        if n <= SkinnyProduct.narrowLimit || k <= SkinnyProduct.thinLimit {
            multiplySkinny(problem)
            return
        }
        let parts = partition(problem)
        for (index, part) in parts.enumerated() {
            // Only a transposed A is packed; a row-major one is read in place.
            workspaces[index].reserve(
                packedA: transA == .none ? 0
                    : Self.depthBlock * roundUp(min(part.rows.count, Self.rowBlock), MicroKernel.rows),
                packedB: Self.depthBlock * roundUp(min(part.columns.count, Self.columnBlock), MicroKernel.columns))
        }
        let jobs = parts.enumerated().map { Job(problem: problem, part: $0.element, workspace: workspaces[$0.offset]) }
        Self.perform(jobs) { job in
            Self.run(job.problem, rows: job.part.rows, columns: job.part.columns, workspace: job.workspace)
        }
    }

    /// Runs one job on the calling thread, or several on the worker pool.
    private static func perform(_ jobs: [Job], _ body: @Sendable (Job) -> Void) {
        if jobs.count == 1 {
            body(jobs[0])
            return
        }
        jobs.withUnsafeBufferPointer { buffer in
            let shared = SharedJobs(jobs: buffer)
            WorkerPool.shared.run(parts: shared.jobs.count) { index in body(shared.jobs[index]) }
        }
    }

    /// The narrow (n ≤ 16) and thin (k ≤ 16) products: the small operand
    /// packed once and shared, rows of C split between threads.
    private func multiplySkinny(_ p: Problem) {
        let narrow = p.n <= SkinnyProduct.narrowLimit
        let packedCount = narrow ? SkinnyProduct.narrowPackedCount(k: p.k) : SkinnyProduct.thinPackedCount(k: p.k, n: p.n)
        let unit = narrow ? MicroKernel.rows : 2
        let panels = (p.m + unit - 1) / unit
        let large = p.m * p.n * p.k >= Self.skinnyThreadingThreshold
            || (p.epilogue != nil && p.m * p.n >= Self.skinnyEpilogueThreshold)
        let count = large ? min(threads, panels) : 1
        for index in 0..<count {
            // The narrow path packs a transposed A's last, partial panel.
            let edgePanel = narrow && p.transA == .transposed ? MicroKernel.rows * p.k : 0
            workspaces[index].reserve(packedA: edgePanel, packedB: index == 0 ? packedCount : 0)
        }
        let packed = workspaces[0].packedB
        if narrow { SkinnyProduct.packNarrowB(p, into: packed) } else { SkinnyProduct.packThinB(p, into: packed) }
        let sharedPacked = SharedPointer(packed)
        let jobs = (0..<count).map { index in
            let rows = min(p.m, panels * index / count * unit)..<min(p.m, panels * (index + 1) / count * unit)
            return Job(problem: p, part: Part(rows: rows, columns: 0..<p.n), workspace: workspaces[index])
        }
        Self.perform(jobs) { job in
            if narrow {
                SkinnyProduct.runNarrow(job.problem, rows: job.part.rows, packedB: sharedPacked.base,
                                        workspace: job.workspace)
            } else {
                SkinnyProduct.runThin(job.problem, rows: job.part.rows, packedB: sharedPacked.base)
            }
        }
    }

    /// Splits C into one block per thread along the dimension whose split
    /// repeats the cheaper packing: splitting columns makes every thread pack
    /// all of A (m·k), splitting rows makes every thread pack all of B (k·n).
    private func partition(_ problem: Problem) -> [Part] {
        let work = problem.m * problem.n * problem.k
        let all = [Part(rows: 0..<problem.m, columns: 0..<problem.n)]
        guard threads > 1, work >= Self.threadingThreshold else { return all }
        let splitColumns = problem.m <= problem.n
        let extent = splitColumns ? problem.n : problem.m
        let unit = splitColumns ? MicroKernel.columns : MicroKernel.rows
        let panels = (extent + unit - 1) / unit
        let count = min(threads, panels)
        guard count > 1 else { return all }
        var parts: [Part] = []
        var start = 0
        for index in 0..<count {
            let panelEnd = panels * (index + 1) / count
            let end = min(extent, panelEnd * unit)
            if splitColumns {
                parts.append(Part(rows: 0..<problem.m, columns: start..<end))
            } else {
                parts.append(Part(rows: start..<end, columns: 0..<problem.n))
            }
            start = end
        }
        return parts
    }

    /// Computes one block of C on the calling thread (n > 16: narrower
    /// products take the skinny path).
    private static func run(_ p: Problem, rows: Range<Int>, columns: Range<Int>, workspace: Workspace) {
        let mr = MicroKernel.rows, nr = MicroKernel.columns
        // A row-major A is read in place by the kernel; a transposed one is packed.
        let inPlace = p.transA == .none
        let tile = workspace.tile
        let depthBlocks = (p.k + depthBlock - 1) / depthBlock
        // Equal depth blocks: 784 becomes 392 + 392 rather than 384 + 384 + 16.
        let depthStep = (p.k + depthBlocks - 1) / depthBlocks
        var rowStart = rows.lowerBound
        while rowStart < rows.upperBound {
            let rowCount = min(rowBlock, rows.upperBound - rowStart)
            var depthStart = 0
            while depthStart < p.k {
                let depth = min(depthStep, p.k - depthStart)
                // The first depth block applies beta; later ones accumulate.
                let beta = depthStart == 0 ? p.beta : 1
                if !inPlace {
                    Packing.packTransposedA(a: p.a, lda: p.lda, rowStart: rowStart, rows: rowCount,
                                            depthStart: depthStart, depth: depth, into: workspace.packedA)
                }
                var columnStart = columns.lowerBound
                while columnStart < columns.upperBound {
                    let columnCount = min(columnBlock, columns.upperBound - columnStart)
                    Packing.packB(p.transB, b: p.b, ldb: p.ldb, depthStart: depthStart, depth: depth,
                                  columnStart: columnStart, columns: columnCount,
                                  into: workspace.packedB)
                    var i = 0
                    while i < rowCount {
                        let height = min(mr, rowCount - i)
                        let aPanel = UnsafePointer(workspace.packedA + i * depth)
                        var j = 0
                        while j < columnCount {
                            let width = min(nr, columnCount - j)
                            let bPanel = UnsafePointer(workspace.packedB + j * depth)
                            if inPlace {
                                MicroKernel.accumulateRows(depth: depth, a: p.a + (rowStart + i) * p.lda + depthStart,
                                                           lda: p.lda, height: height, b: bPanel, tile: tile)
                            } else {
                                MicroKernel.accumulate(depth: depth, a: aPanel, b: bPanel, tile: tile)
                            }
                            MicroKernel.store(tile: tile, rows: height, columns: width, alpha: p.alpha, beta: beta,
                                              c: p.c + (rowStart + i) * p.ldc + columnStart + j, ldc: p.ldc)
                            j += nr
                        }
                        if depthStart + depth == p.k {
                            p.epilogue?(rows: (rowStart + i)..<(rowStart + i + height),
                                        columns: columnStart..<(columnStart + columnCount))
                        }
                        i += mr
                    }
                    columnStart += columnCount
                }
                depthStart += depth
            }
            rowStart += rowCount
        }
    }

    /// C = beta·C, for the degenerate products with nothing to add.
    private static func scale(c: UnsafeMutablePointer<Float>, ldc: Int, m: Int, n: Int, beta: Float) {
        for i in 0..<m {
            let row = c + i * ldc
            for j in 0..<n { row[j] = beta == 0 ? 0 : beta * row[j] }
        }
    }
}

private func roundUp(_ value: Int, _ multiple: Int) -> Int {
    (value + multiple - 1) / multiple * multiple
}
