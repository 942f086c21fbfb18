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

    @Test func raceRunsEachRunnerAtItsOwnRateUntilTheTarget() throws {
        var e = try Explorer(options: ExplorerOptions(preset: TrainingPreset(rawValue: "race")!))
        #expect(e.activation == .relu)
        var effects = e.startupEffects
        var order: [ActivationKind] = []
        var rates: [Double] = []
        // ReLU reaches 75% training accuracy at epoch 2, tanh at 3; sigmoid
        // finishes its epochs without, so the verdict is ReLU 1.5× faster.
        for runner in 0..<3 {
            guard case .startTraining(let configuration, let run) = effects.first else {
                Issue.record("runner \(runner) not started: \(effects)")
                return
            }
            let kind = configuration.primaryActivation
            order.append(kind)
            rates.append(configuration.learningRate.value)
            var snapshot = TrainingSnapshot()
            var layer = LayerDiagnostics()
            layer.activation = kind
            snapshot.layers = [layer]
            snapshot.run = run
            snapshot.state = .running
            snapshot.history = [
                EvaluationRecord(step: 10, epoch: 1, seconds: 0, trainLoss: 1, testLoss: 1, trainAccuracy: 0.5, testAccuracy: 0.9),
            ]
            // Still short of the target: the runner goes on.
            #expect(e.update(.training(snapshot)).isEmpty)
            let last = runner < 2
                ? EvaluationRecord(step: 20, epoch: Double(runner + 2), seconds: 0, trainLoss: 0.5, testLoss: 0.5,
                                   trainAccuracy: 0.8, testAccuracy: 0.5)
                : EvaluationRecord(step: 20, epoch: 10, seconds: 0, trainLoss: 0.9, testLoss: 0.9,
                                   trainAccuracy: 0.7, testAccuracy: 0.7)
            snapshot.history.append(last)
            if runner == 2 { snapshot.state = .finished }
            effects = e.update(.training(snapshot))
        }
        #expect(order == [.relu, .tanh, .sigmoid])
        // The rates come from the preset's sweep, not from one shared value.
        #expect(rates == TrainingPreset.race.raceRates?.map(\.learningRate.value))
        #expect(effects.isEmpty)
        #expect(e.race?.isFinished == true)
        #expect(e.race?.results.map(\.epochsToTarget) == [2, 3, nil])
        #expect(e.race?.verdict == .reluFaster(times: 1.5))
        let csv = e.metricsCSV().split(separator: "\n")
        #expect(csv.count == 1 + 6)
        #expect(csv[1].hasPrefix("1,relu,") && csv[3].hasPrefix("2,tanh,") && csv[5].hasPrefix("3,sigmoid,"))
        // A manual switch leaves the race.
        _ = e.update(.key(.character("2")))
        #expect(e.race == nil)
    }

    @Test func raceVerdictsAreComputedFromTheTimes() {
        func verdict(_ relu: Double?, _ tanh: Double?) -> Race.Verdict? {
            var race = Race(runners: [Race.Runner(kind: .relu, learningRate: 1), Race.Runner(kind: .tanh, learningRate: 1)])
            for (kind, epochs) in [(ActivationKind.relu, relu), (.tanh, tanh)] {
                race.results.append(Race.Result(kind: kind, learningRate: 1, history: [], epochsToTarget: epochs,
                                                diverged: false, epochs: 150))
            }
            race.current = 2
            return race.verdict
        }
        #expect(verdict(0.5, 3) == .reluFaster(times: 6))
        #expect(verdict(0.47, 0.2).map { if case .tanhFaster(let x) = $0 { abs(x - 2.35) < 1e-9 } else { false } } == true)
        #expect(verdict(15, nil) == .onlyReLU(epochs: 15, tanhEpochs: 150, atLeast: 10))
        #expect(verdict(nil, 2) == .onlyTanh(epochs: 2, reluEpochs: 150))
        #expect(verdict(nil, nil) == .neither)
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
