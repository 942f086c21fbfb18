import Activations
import Datasets
import Testing
@testable import Claims
@testable import NeuralNet

/// The real experiments: their figures agree with the same runs done
/// directly on a trainer, and with what can be worked out by hand.
@Suite struct MeasuredClaimTests {
    @Test func swishsMinimumIsFoundNumerically() {
        // The root of 1 + x(1 − σ(x)) = 0, worked out separately.
        let claim = SwishMinimumClaim.measure()
        #expect(abs(claim.location - -1.278464542761074) < 1e-6)
        #expect(abs(claim.value - -0.27846454276107385) < 1e-9)
        #expect(claim.verdict == .holds)
    }

    @Test func theCollapseBaselineIsSoftmaxRegressionTrainedDirectly() throws {
        let claim = try CollapseClaim.measure()
        var c = TrainingConfiguration()
        c.dataset = .synthetic(.spiral)
        c.hiddenLayers = []
        c.optimizer = .adam
        c.learningRate = 0.01
        c.batchSize = 0
        c.epochs = CollapseClaim.epochs
        c.seed = ClaimSetup.seed
        var trainer = try Trainer(configuration: c, dataset: try Dataset.load(.synthetic(.spiral), seed: ClaimSetup.seed))
        while !trainer.isFinished { trainer.step() }
        trainer.evaluate()
        #expect(claim.baseline == trainer.snapshot().trainAccuracy)
        #expect(claim.linear.map(\.depth) == CollapseClaim.depths)
        #expect(claim.report.verdict == claim.verdict)
    }

    @Test func theGradientRatioIsTheTrainersOwnNorms() throws {
        let claim = try VanishingGradientClaim.measure()
        var c = TrainingConfiguration()
        c.dataset = .digits
        c.hiddenSizes = Array(repeating: VanishingGradientClaim.width, count: VanishingGradientClaim.depth)
        c.setActivation(LayerActivation(.sigmoid))
        c.optimizer = .sgd
        c.batchSize = 0
        c.seed = ClaimSetup.seed
        var trainer = try Trainer(configuration: c, dataset: try Dataset.load(.digits, seed: ClaimSetup.seed))
        trainer.step()
        trainer.evaluate()
        let snapshot = trainer.snapshot()
        #expect(claim.sigmoidNorms == snapshot.layers.map(\.gradientNorm) + [snapshot.outputGradientNorm])
        #expect(claim.sigmoidNorms.count == VanishingGradientClaim.depth + 1)
    }

    @Test func zigzagSharesFollowTheOutputsSigns() throws {
        let claim = try ZigzagClaim.measure()
        // Sigmoid's outputs are never zero or negative: every update is one-signed.
        #expect(claim.share(.sigmoid) == 1)
        // ReLU's are never negative, and zeros are ignored: the same.
        #expect(claim.share(.relu) == 1)
        #expect(claim.share(.tanh) < 0.5)
    }

    @Test func theRunnerRunsClaimsInOrderAndStops() throws {
        let result = try ClaimRunner.run([.swishMinimum, .zigzag])
        #expect(result.reports.map(\.name) == [.swishMinimum, .zigzag])
        #expect(!result.interrupted)
        let stopped = try ClaimRunner.run([.swishMinimum, .zigzag], shouldStop: { true })
        #expect(stopped.interrupted)
        #expect(stopped.reports.isEmpty)
    }

    @Test func everyClaimSaysItsPartsInBothLanguages() throws {
        let report = SwishMinimumClaim.measure().report
        for phrase in [report.claim, report.reference, report.measured, report.reason, report.verdict.phrase] {
            #expect(!phrase.english.isEmpty)
            #expect(phrase.korean.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(phrase.korean)")
        }
    }
}
