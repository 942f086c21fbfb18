import ExplorerRuntime
import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Runs driven headless (reference kernels: cheap in debug builds): restarts are fair, races advance, stale and broken
/// snapshots are handled.
@Suite struct TrainingRunTests {
    static let options = ExplorerOptions(showsTiming: false)

    func driver(_ options: ExplorerOptions = TrainingRunTests.options) throws -> HeadlessDriver {
        try HeadlessDriver(options: options, computePath: .reference)
    }

    func firstRecord(_ d: HeadlessDriver) throws -> EvaluationRecord {
        try #require(d.explorer.snapshot?.history.first)
    }

    @Test func switchingBackStartsFromTheSameWeightsAndOrder() throws {
        var d = try driver()
        let start = try firstRecord(d)
        #expect(start.step == 0)
        try d.train(steps: 16)
        let trained = try #require(d.explorer.snapshot?.trainLoss)
        // Another activation, then back: step 0 and step 30 are the same numbers.
        try d.press([.character("8")])
        #expect(d.explorer.activation == .tanh)
        #expect(try firstRecord(d).trainLoss != start.trainLoss)
        try d.train(steps: 10)
        try d.press([.character("1")])
        #expect(try firstRecord(d) == start)
        try d.train(steps: 16)
        #expect(d.explorer.snapshot?.trainLoss == trained)
    }

    @Test func restartRepeatsAndNewSeedDiffers() throws {
        var d = try driver()
        let start = try firstRecord(d)
        try d.train(steps: 5)
        try d.press([.character("r")])
        #expect(try firstRecord(d) == start)
        #expect(d.explorer.ghost != nil)
        try d.press([.character("R")])
        #expect(try firstRecord(d).trainLoss != start.trainLoss)
    }

    @Test func pausedRunsTakeNoSteps() throws {
        var d = try driver()
        try d.train(steps: 3)
        try d.press([.character(" ")])
        try d.train(steps: 10)
        #expect(d.explorer.snapshot?.step == 3)
        #expect(d.explorer.snapshot?.state == .paused)
        try d.press([.character("s")])
        #expect(d.explorer.snapshot?.step == 4)
        try d.press([.character(" ")])
        try d.train(steps: 2)
        #expect(d.explorer.snapshot?.step == 6)
    }

    @Test func learningRateReachesTheTrainer() throws {
        var d = try driver()
        let rate = d.explorer.configuration.learningRate
        try d.press([.character("+")])
        #expect(d.trainer?.learningRate.value == rate.value * 2)
    }

    @Test func outputKeysAreRequested() throws {
        var d = try driver()
        try d.press([.character("S"), .character("e")])
        #expect(d.outputRequests == [.saveScreenshot, .exportMetrics])
    }

    @Test func metricsCSVHasOneRowPerEvaluation() throws {
        var d = try driver()
        try d.train(steps: 20)
        let csv = d.explorer.metricsCSV()
        let lines = csv.split(separator: "\n")
        let history = try #require(d.explorer.snapshot?.history)
        #expect(lines.first == "run,activation,step,epoch,seconds,train_loss,test_loss,train_accuracy,test_accuracy")
        #expect(lines.count == history.count + 1)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 9 })
        #expect(lines.last?.hasPrefix("1,relu,\(history.last!.step),") == true)
    }

    @Test func raceRunsEachRunnerThenStops() throws {
        var e = try Explorer(options: ExplorerOptions(preset: TrainingPreset(rawValue: "race")!))
        #expect(e.activation == .relu)
        var effects = e.startupEffects
        var order: [ActivationKind] = []
        for runner in 0..<3 {
            guard case .startTraining(let configuration, let run) = effects.first else {
                Issue.record("runner \(runner) not started: \(effects)")
                return
            }
            let kind = configuration.primaryActivation
            order.append(kind)
            var snapshot = TrainingSnapshot()
            var layer = LayerDiagnostics()
            layer.activation = kind
            snapshot.layers = [layer]
            snapshot.state = .finished
            snapshot.run = run
            snapshot.history = [
                EvaluationRecord(step: 10, epoch: 1, seconds: 0, trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.5),
                EvaluationRecord(step: 20, epoch: Double(runner + 2), seconds: 0, trainLoss: 0.5, testLoss: 0.5,
                                 trainAccuracy: 0.95, testAccuracy: 0.95),
            ]
            effects = e.update(.training(snapshot))
        }
        #expect(order == Race.runners)
        #expect(effects.isEmpty)
        #expect(e.race?.isFinished == true)
        #expect(e.race?.results.map(\.epochsToTarget) == [2, 3, 4])
        let csv = e.metricsCSV().split(separator: "\n")
        #expect(csv.count == 1 + 6)
        #expect(csv[1].hasPrefix("1,relu,") && csv[3].hasPrefix("2,tanh,") && csv[5].hasPrefix("3,sigmoid,"))
        // A manual switch leaves the race.
        _ = e.update(.key(.character("2")))
        #expect(e.race == nil)
    }

    @Test func snapshotsOfAnotherRunAreDropped() throws {
        var e = try Explorer(options: ExplorerOptions())
        let first = e.run
        var stale = TrainingSnapshot()
        stale.step = 99
        stale.run = first
        _ = e.update(.key(.character("n")))
        #expect(e.run == first.next)
        // The replaced run's late snapshot, and one with no run at all, are dropped.
        #expect(e.update(.training(stale)).isEmpty)
        stale.run = nil
        #expect(e.update(.training(stale)).isEmpty)
        #expect(e.snapshot == nil)
        stale.run = e.run
        _ = e.update(.training(stale))
        #expect(e.snapshot?.step == 99)
    }

    @Test func viewNeverPrintsNaNOrInfinity() throws {
        var e = try Explorer(options: ExplorerOptions(preset: TrainingPreset(rawValue: "saturation")!))
        var s = TrainingSnapshot()
        s.state = .diverged(reason: "loss became NaN at step 7")
        s.trainLoss = .nan
        s.testLoss = .infinity
        s.trainAccuracy = .nan
        s.testAccuracy = -.infinity
        s.stepsPerSecond = .nan
        var layer = LayerDiagnostics()
        layer.activation = .sigmoid
        layer.deadShare = .nan
        layer.saturatedShare = .infinity
        layer.gradientNorm = .nan
        layer.activationMean = .nan
        layer.activationStandardDeviation = .infinity
        layer.zigzagShare = .nan
        layer.preactivationHistogram = Histogram(lowerBound: -.infinity, upperBound: .nan, counts: [1, 2, 3])
        s.layers = Array(repeating: layer, count: 5)
        s.history = [
            EvaluationRecord(step: 0, epoch: 0, seconds: 0, trainLoss: 2, testLoss: 2, trainAccuracy: 0.1, testAccuracy: 0.1),
            EvaluationRecord(step: 5, epoch: 0.5, seconds: .nan, trainLoss: .nan, testLoss: .infinity,
                             trainAccuracy: .nan, testAccuracy: .nan),
        ]
        s.confusion = [[1, 0], [0, 1]]
        s.run = e.run
        _ = e.update(.training(s))
        _ = e.update(.costs([.sigmoid: .nan, .relu: .infinity]))
        for (w, h) in [(80, 24), (160, 48), (50, 14)] {
            for log in [false, true] {
                if log != e.logScaleLoss { _ = e.update(.key(.character("L"))) }
                let text = e.view(width: w, height: h).plainText().lowercased()
                let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "." }
                // "NaN" is allowed in the divergence reason, which quotes the trainer.
                let numbersOnly = text.replacingOccurrences(of: "loss became nan", with: "")
                let bad = numbersOnly.split { !$0.isLetter && !$0.isNumber && $0 != "." }
                    .filter { $0 == "nan" || $0 == "inf" || $0 == "infinity" }
                #expect(bad.isEmpty, "\(w)x\(h): \(bad)")
                #expect(!words.isEmpty)
            }
        }
    }
}

@Suite struct HeadlessDriverTests {
    /// Every evaluation, on the schedule or off it (the end of a
    /// `train(steps:)` call, a single step), reports the last step's gradients.
    @Test func diagnosticsCarryTheLastStepsGradients() throws {
        var d = try HeadlessDriver(options: ExplorerOptions(showsTiming: false), computePath: .reference)
        for steps in [7, 1, 3] {
            try d.train(steps: steps)
            let layers = try #require(d.explorer.snapshot?.layers)
            #expect(!layers.isEmpty)
            #expect(layers.allSatisfy { $0.gradientNorm > 0 }, "after \(steps) more steps")
        }
        try d.press([.character("s")])
        #expect(d.explorer.snapshot?.layers.allSatisfy { $0.gradientNorm > 0 } == true)
    }
}
