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
