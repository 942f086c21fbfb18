@testable import NeuralNet
import Testing

/// Copying a trainer forks the run, diagnostics included: a copy shares the
/// original's workspace until one of them writes, and whichever takes a
/// private one keeps the latest step's gradients.
@Suite struct TrainerCopyTests {
    static func trainer(_ optimizer: OptimizerKind, batch: Int = 16) throws -> Trainer {
        try Trainer(configuration: TestData.configuration(hidden: [8, 6], activation: "prelu", optimizer: optimizer,
                                                          learningRate: 0.05, batch: batch),
                    dataset: TestData.blobs(), computePath: .fast, threads: 2)
    }

    /// What an evaluation reports, without the timings.
    static func diagnostics(_ trainer: Trainer) -> [String] {
        let snapshot = trainer.snapshot()
        return snapshot.layers.map { "\($0)" } + ["\(snapshot.outputGradientNorm)", "\(snapshot.trainLoss ?? .nan)",
                                                  "\(snapshot.testAccuracy ?? .nan)"]
    }

    @Test(arguments: [OptimizerKind.sgd, .gd, .momentum, .adam])
    func aCopyReportsTheSameDiagnosticsAsTheOriginal(optimizer: OptimizerKind) throws {
        var original = try Self.trainer(optimizer)
        var twin = try Self.trainer(optimizer)
        for _ in 0..<5 {
            original.step()
            twin.step()
        }
        // The copy evaluates first, so it is the one that takes a new workspace.
        var copy = original
        copy.evaluate()
        original.evaluate()
        twin.evaluate()
        #expect(copy.snapshot() == original.snapshot())
        #expect(Self.diagnostics(copy) == Self.diagnostics(twin))
        #expect(copy.snapshot().outputGradientNorm > 0)
    }

    @Test(arguments: [OptimizerKind.sgd, .adam])
    func aCopyKeepsItsGradientsWhileTheOriginalSteps(optimizer: OptimizerKind) throws {
        var original = try Self.trainer(optimizer)
        for _ in 0..<3 { original.step() }
        var copy = original
        var twin = copy
        // The original writes first: it takes the new workspace, the copy
        // keeps the old one with the third step's gradients in it.
        for _ in 0..<4 { original.step() }
        copy.evaluate()
        twin.evaluate()
        #expect(Self.diagnostics(copy) == Self.diagnostics(twin))
        // And from there both runs go on as one.
        for _ in 0..<4 { copy.step() }
        copy.evaluate()
        original.evaluate()
        #expect(Self.diagnostics(copy) == Self.diagnostics(original))
    }

    @Test func copiesEvaluatedOnTwoThreadsAgree() async throws {
        var original = try Self.trainer(.sgd)
        for _ in 0..<5 { original.step() }
        let shared = original
        async let first: [String] = { var t = shared; t.evaluate(); return Self.diagnostics(t) }()
        async let second: [String] = { var t = shared; t.evaluate(); return Self.diagnostics(t) }()
        original.evaluate()
        let results = await [first, second]
        #expect(results[0] == Self.diagnostics(original))
        #expect(results[1] == Self.diagnostics(original))
    }
}
