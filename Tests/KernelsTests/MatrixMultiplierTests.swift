import Foundation
import Kernels
import Testing

@Suite("Fast matrix product against the reference")
struct MatrixMultiplierTests {
    static let transposes: [(Transpose, Transpose)] = [
        (.none, .none), (.none, .transposed), (.transposed, .none), (.transposed, .transposed),
    ]

    @Test("every transpose combination, odd and tile-straddling shapes", arguments: [
        (1, 1, 1), (2, 3, 5), (13, 37, 29), (12, 32, 384), (25, 65, 400), (7, 3, 1000), (40, 10, 785),
    ])
    func transposesAndShapes(shape: (Int, Int, Int)) {
        let multiplier = MatrixMultiplier(threads: 1)
        for (transA, transB) in Self.transposes {
            let test = GEMMCase(transA: transA, transB: transB, m: shape.0, n: shape.1, k: shape.2, seed: 7)
            let worst = test.check(with: multiplier).worst
            #expect(worst <= 1, "\(test): error \(worst) of the bound")
        }
    }

    @Test("alpha and beta variants, including beta 0 over NaN garbage")
    func scalars() {
        let multiplier = MatrixMultiplier(threads: 1)
        let scalars: [(Float, Float)] = [(1, 0), (0.5, 0), (-1.5, 1), (2, 0.25), (1, -3), (0, 0.5), (0, 0)]
        for (alpha, beta) in scalars {
            for (transA, transB) in Self.transposes {
                let test = GEMMCase(transA: transA, transB: transB, m: 17, n: 45, k: 23, alpha: alpha, beta: beta, seed: 3)
                let worst = test.check(with: multiplier).worst
                #expect(worst <= 1, "\(test): error \(worst) of the bound")
            }
        }
    }

    @Test("the lecture's ten-class layer: narrow products in every transpose", arguments: [
        (128, 10, 1000), (1000, 10, 128), (33, 16, 70), (20, 17, 9),
    ])
    func narrowShapes(shape: (Int, Int, Int)) {
        let multiplier = MatrixMultiplier(threads: 2)
        for (transA, transB) in Self.transposes {
            let test = GEMMCase(transA: transA, transB: transB, m: shape.0, n: shape.1, k: shape.2, beta: 0.5, seed: 13)
            let worst = test.check(with: multiplier).worst
            #expect(worst <= 1, "\(test): error \(worst) of the bound")
        }
    }

    @Test("k = 0 scales C by beta; beta 0 clears it even if it held NaN")
    func emptyDepth() {
        let multiplier = MatrixMultiplier(threads: 1)
        var c: [Float] = [1, 2, .nan, 4]
        let empty: [Float] = [0]
        multiplier.multiply(.none, .none, m: 2, n: 2, k: 0, alpha: 1, a: empty, lda: 1, b: empty, ldb: 2,
                            beta: 0, c: &c, ldc: 2)
        #expect(c == [0, 0, 0, 0])
        c = [1, 2, 3, 4]
        multiplier.multiply(.none, .none, m: 2, n: 2, k: 0, alpha: 1, a: empty, lda: 1, b: empty, ldb: 2,
                            beta: -2, c: &c, ldc: 2)
        #expect(c == [-2, -4, -6, -8])
    }

    @Test("leading dimensions wider than the matrices; padding left untouched")
    func leadingDimensions() {
        let multiplier = MatrixMultiplier(threads: 1)
        for (transA, transB) in Self.transposes {
            let test = GEMMCase(transA: transA, transB: transB, m: 29, n: 41, k: 33, alpha: 1.25, beta: 0.5,
                                padA: 3, padB: 17, padC: 5, seed: 11)
            let worst = test.check(with: multiplier).worst
            #expect(worst <= 1, "\(test): error \(worst) of the bound")
        }
    }

    @Test("shapes beyond one cache block in every dimension")
    func beyondBlocks() {
        let multiplier = MatrixMultiplier(threads: 1)
        let cases = [
            GEMMCase(transA: .transposed, m: 1600, n: 3, k: 2, beta: 1),
            GEMMCase(transB: .transposed, m: 5, n: 600, k: 9),
            GEMMCase(m: 3, n: 70, k: 1200, alpha: -1, beta: 0.5),
        ]
        for test in cases {
            let worst = test.check(with: multiplier).worst
            #expect(worst <= 1, "\(test): error \(worst) of the bound")
        }
    }

    @Test("random seeded shapes, one multiplier reused so workspaces grow and shrink")
    func randomShapes() {
        var random = TestRandom(seed: 2026)
        let multiplier = MatrixMultiplier(threads: 2)
        for index in 0..<60 {
            let scalars: [(Float, Float)] = [(1, 0), (1, 1), (-0.75, 0.5), (3, 0)]
            let (alpha, beta) = scalars[Int.random(in: 0..<scalars.count, using: &random)]
            let test = GEMMCase(
                transA: Bool.random(using: &random) ? .none : .transposed,
                transB: Bool.random(using: &random) ? .none : .transposed,
                m: Int.random(in: 1...70, using: &random),
                n: Int.random(in: 1...90, using: &random),
                k: Int.random(in: 1...(index % 5 == 0 ? 900 : 60), using: &random),
                alpha: alpha, beta: beta,
                padA: Int.random(in: 0...3, using: &random),
                padB: Int.random(in: 0...3, using: &random),
                padC: Int.random(in: 0...3, using: &random),
                seed: UInt64(index))
            let worst = test.check(with: multiplier).worst
            #expect(worst <= 1, "\(test): error \(worst) of the bound")
        }
    }

    @Test("two threads give bit-for-bit the single-thread result", arguments: [
        (Transpose.none, Transpose.none, 100, 130, 50), (.none, .transposed, 150, 70, 60), (.transposed, .none, 90, 200, 40),
    ])
    func threadsAgree(shape: (Transpose, Transpose, Int, Int, Int)) {
        // Large enough (m·n·k ≥ 2¹⁹) that the product is actually split.
        let test = GEMMCase(transA: shape.0, transB: shape.1, m: shape.2, n: shape.3, k: shape.4, beta: 0.5, seed: 5)
        let single = test.check(with: MatrixMultiplier(threads: 1))
        let split = test.check(with: MatrixMultiplier(threads: 2))
        #expect(single.worst <= 1)
        #expect(split.worst <= 1)
        #expect(single.result.map(\.bitPattern) == split.result.map(\.bitPattern))
    }
}

@Suite("Product epilogues: once per final block")
struct ProductEpilogueTests {
    /// Records, per element of C, how often an epilogue covered it and
    /// whether the product's final value was already there when it did.
    final class Coverage: @unchecked Sendable {
        let m: Int, n: Int, ldc: Int
        var visits: [Int]
        var sawFinal: [Bool]
        let c: UnsafeMutablePointer<Float>
        let truth: [Float]
        private let lock = NSLock()

        init(m: Int, n: Int, ldc: Int, c: UnsafeMutablePointer<Float>, truth: [Float]) {
            self.m = m; self.n = n; self.ldc = ldc; self.c = c; self.truth = truth
            visits = Array(repeating: 0, count: m * n)
            sawFinal = Array(repeating: true, count: m * n)
        }

        func record(rows: Range<Int>, columns: Range<Int>) {
            lock.lock(); defer { lock.unlock() }
            for i in rows {
                for j in columns {
                    visits[i * n + j] += 1
                    let value = c[i * ldc + j], expected = truth[i * ldc + j]
                    if abs(value - expected) > 1e-3 * max(1, abs(expected)) { sawFinal[i * n + j] = false }
                }
            }
        }
    }

    @Test("blocked, narrow and thin products, one and two threads", arguments: [
        (130, 70, 800), (128, 10, 1000), (1000, 10, 128), (128, 1000, 10), (37, 300, 3), (2000, 40, 5),
    ])
    func coverage(shape: (Int, Int, Int)) {
        for threads in [1, 2] {
            for (transA, transB) in MatrixMultiplierTests.transposes {
                let test = GEMMCase(transA: transA, transB: transB, m: shape.0, n: shape.1, k: shape.2,
                                    beta: 0.5, padC: 3, seed: 21)
                var random = TestRandom(seed: test.seed)
                let a = random.floats(test.storedRowsA * test.lda)
                let b = random.floats(test.storedRowsB * test.ldb)
                let c0 = random.floats(test.m * test.ldc)
                var truth = c0
                ReferenceGEMM.multiply(transA, transB, m: test.m, n: test.n, k: test.k, alpha: 1, a: a, lda: test.lda,
                                       b: b, ldb: test.ldb, beta: test.beta, c: &truth, ldc: test.ldc)
                var c = c0
                c.withUnsafeMutableBufferPointer { buffer in
                    let coverage = Coverage(m: test.m, n: test.n, ldc: test.ldc, c: buffer.baseAddress!, truth: truth)
                    MatrixMultiplier(threads: threads).multiply(
                        transA, transB, m: test.m, n: test.n, k: test.k, alpha: 1, a: a, lda: test.lda,
                        b: b, ldb: test.ldb, beta: test.beta, c: buffer.baseAddress!, ldc: test.ldc,
                        epilogue: ProductEpilogue { coverage.record(rows: $0, columns: $1) })
                    #expect(coverage.visits.allSatisfy { $0 == 1 }, "\(test) threads=\(threads): some element covered \(coverage.visits.min()!)–\(coverage.visits.max()!) times")
                    #expect(coverage.sawFinal.allSatisfy { $0 }, "\(test) threads=\(threads): epilogue ran before the value was final")
                }
            }
        }
    }

    @Test("an epilogue may rewrite its block: C = f(product) matches the reference")
    func rewritesBlock() {
        let m = 96, n = 200, k = 300
        var random = TestRandom(seed: 4)
        let a = random.floats(m * k), b = random.floats(k * n)
        var truth = [Float](repeating: 0, count: m * n)
        ReferenceGEMM.multiply(.none, .none, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n,
                               beta: 0, c: &truth, ldc: n)
        var c = [Float](repeating: .nan, count: m * n)
        c.withUnsafeMutableBufferPointer { buffer in
            let base = SendableBase(pointer: buffer.baseAddress!)
            MatrixMultiplier(threads: 2).multiply(
                .none, .none, m: m, n: n, k: k, alpha: 1, a: a, lda: k, b: b, ldb: n, beta: 0,
                c: buffer.baseAddress!, ldc: n,
                epilogue: ProductEpilogue { rows, columns in
                    for i in rows { for j in columns { base.pointer[i * n + j] = max(0, base.pointer[i * n + j]) } }
                })
        }
        let worst = zip(c, truth).map { abs($0 - max(0, $1)) / max(1, abs($1)) }.max() ?? .infinity
        #expect(worst < 1e-4)
    }

    @Test("an empty depth still runs the epilogue once over C")
    func emptyDepth() {
        var c: [Float] = [1, 2, 3, 4, 5, 6]
        let empty: [Float] = [0]
        let counter = Counter()
        MatrixMultiplier(threads: 2).multiply(.none, .none, m: 2, n: 3, k: 0, alpha: 1, a: empty, lda: 1, b: empty, ldb: 3,
                                              beta: 2, c: &c, ldc: 3,
                                              epilogue: ProductEpilogue { rows, columns in counter.add(rows.count * columns.count) })
        #expect(c == [2, 4, 6, 8, 10, 12])
        #expect(counter.total == 6)
    }
}

private struct SendableBase: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var total = 0
    func add(_ value: Int) { lock.lock(); total += value; lock.unlock() }
}
