import ExplorerRuntime
import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Each preset keeps its banner's promise, tried as a new user would: open
/// the scene, press the keys the banner names, train a bounded number of
/// steps (seeded, on the fast kernels the explorer uses, one thread), read
/// the screen and the explorer's state. These fail if a scene stops
/// showing what its banner says.
@Suite struct PresetPromiseTests {
    func driver(_ preset: TrainingPreset, activation: ActivationKind? = nil,
                language: Language = .english) throws -> HeadlessDriver {
        try HeadlessDriver(options: ExplorerOptions(preset: preset, activation: activation, language: language,
                                                    showsTiming: false))
    }

    /// Trains `steps` in chunks, returning the largest dead share of any
    /// layer seen at the evaluations in between.
    func largestDeadShare(_ d: inout HeadlessDriver, steps: Int, every chunk: Int = 10) throws -> Double {
        var largest = 0.0
        for _ in 0..<(steps / chunk) {
            try d.train(steps: chunk)
            largest = max(largest, d.explorer.snapshot?.layers.map(\.deadShare).max() ?? 0)
        }
        return largest
    }

    func isDiverged(_ d: HeadlessDriver) -> Bool {
        if case .diverged = d.explorer.snapshot?.state { return true }
        return false
    }

    // MARK: - dead-relu

    @Test func deadReLUKillsUnitsWithinTenSecondsAtTheDefaultPace() throws {
        var d = try driver(.deadReLU)
        #expect(d.explorer.stepsPerSecond == 100)
        // 10 s at 100 steps a second.
        let dead = try largestDeadShare(&d, steps: 1000)
        #expect(dead > 0.3, "ReLU's largest dead share in 1,000 steps: \(dead)")
    }

    @Test(arguments: ["2", "3", "4"])
    func leakyReLUPReLUAndELUStayAliveAndDoNotDiverge(key: String) throws {
        var d = try driver(.deadReLU)
        try d.press([.character(Character(key))])
        // The whole run: 30 epochs of 40 steps.
        let dead = try largestDeadShare(&d, steps: 1200, every: 40)
        #expect(dead == 0, "\(d.explorer.activation): \(dead) dead")
        #expect(!isDiverged(d), "\(d.explorer.activation): \(String(describing: d.explorer.snapshot?.state))")
        #expect(d.explorer.snapshot?.state == .finished)
    }

    @Test func aLeakyUnitBelowZeroEverywhereIsShownStuckNotDead() throws {
        var d = try driver(.deadReLU)
        try d.press([.character("2")])
        try d.train(steps: 1200)
        let layers = try #require(d.explorer.snapshot?.layers)
        #expect(layers.contains { $0.stuckShare > 0 }, "\(layers.map(\.stuckShare))")
        let screen = d.render(width: 120, height: 36).plainText()
        #expect(screen.contains("stuck"))
        #expect(!screen.contains(" sat "), "a Leaky ReLU net has no saturation column")
    }

    // MARK: - saturation

    @Test func saturationNamesItsBiasAndSaturatesSigmoid() throws {
        var d = try driver(.saturation)
        try d.train(steps: 10)
        let screen = d.render(width: 120, height: 36).plainText()
        #expect(screen.contains("+6"))
        let layers = try #require(d.explorer.snapshot?.layers)
        #expect(layers.allSatisfy { $0.saturatedShare > 0.9 }, "\(layers.map(\.saturatedShare))")
        // Gradients shrink toward the input.
        #expect(layers.first!.gradientNorm < layers.last!.gradientNorm / 100)
    }

    @Test func everyActivationInSaturationTrainsOrSaysWhyItDiverged() throws {
        // n through the whole catalogue, from sigmoid round to sigmoid.
        var d = try driver(.saturation)
        var seen: [ActivationKind] = []
        var diverged: [ActivationKind] = []
        for _ in ActivationKind.allCases {
            try d.press([.character("n")])
            let kind = d.explorer.activation
            seen.append(kind)
            try d.train(steps: 60)
            let screen = d.render(width: 120, height: 36).plainText()
            if isDiverged(d) {
                diverged.append(kind)
                #expect(d.explorer.divergenceCause() != nil, "\(kind) diverged without a cause")
                #expect(screen.contains("why: biases start at +6"), "\(kind) shows no cause")
            } else {
                #expect(d.explorer.divergenceCause() == nil, "\(kind)")
            }
        }
        #expect(Set(seen) == Set(ActivationKind.allCases))
        // The unbounded ones diverge here, and say why; ReLU is one of them.
        #expect(diverged.contains(.relu) && !diverged.contains(.sigmoid) && !diverged.contains(.tanh), "\(diverged)")
    }

    // MARK: - lecture

    @Test func lectureShowsEveryOptionOfItsLoop() throws {
        var d = try driver(.lecture)
        try d.train(steps: 1)
        let screen = d.render(width: 160, height: 48).plainText()
        for option in ["64-1000-10", "Sigmoid hidden", "sigmoid output", "δ = a2 − y", "no bias",
                       "U(±0.075), U(±0.077)", "glorot-uniform", "full batch (1,438)", "summed gradients",
                       "gd lr 1.0e-06", "100 epochs"] {
            #expect(screen.contains(option), "missing '\(option)':\n\(screen)")
        }
        // 100 full-batch steps at its pace last over 15 s.
        #expect(d.explorer.configuration.batchSize == 0)
        #expect(Double(d.explorer.configuration.epochs) / (d.explorer.stepsPerSecond ?? .infinity) >= 15)
    }

    @Test func theLecturesStepKeyScalesTheRateToTheData() throws {
        // 60 of the 100 full-batch epochs: 1e-6 is still near chance, the
        // lecture's step past 75% (81% measured).
        var d = try driver(.lecture)
        try d.train(steps: 60)
        let plain = try #require(d.explorer.snapshot?.trainAccuracy)
        try d.press([.character("M")])
        let rate = d.explorer.configuration.learningRate.value
        #expect(abs(rate - 1e-6 * 60_000 / 1438) < 1e-15)
        let screen = d.render(width: 160, height: 48).plainText()
        #expect(screen.contains("1e-6 × 60,000 / 1,438"), "the reason is on screen:\n\(screen)")
        try d.train(steps: 60)
        let scaled = try #require(d.explorer.snapshot?.trainAccuracy)
        #expect(plain < 0.3 && scaled > 0.75, "1e-6: \(plain), the lecture's step: \(scaled)")
        try d.press([.character("M")])
        #expect(d.explorer.configuration.learningRate.value == 1e-6)
    }

    // MARK: - selu-deep

    @Test func seluDeepStandardisesAndStartsNearZeroAndOne() throws {
        let d = try driver(.seluDeep)
        #expect(d.explorer.configuration.standardizeInputs)
        let layers = try #require(d.explorer.snapshot?.layers)
        #expect(layers.count == 16)
        for (i, layer) in layers.enumerated() {
            #expect(abs(layer.activationMean) < 0.1 && abs(layer.activationStandardDeviation - 1) < 0.2,
                    "layer \(i + 1): mean \(layer.activationMean), std \(layer.activationStandardDeviation)")
        }
    }

    @Test func reluInSeluDeepGetsHeWeightsAndSaysSo() throws {
        var d = try driver(.seluDeep)
        try d.press([.character("1")])
        #expect(d.explorer.activation == .relu)
        #expect(d.explorer.configuration.layerInitializers.dropLast().allSatisfy { $0 == .heNormal })
        let screen = d.render(width: 120, height: 36).plainText()
        #expect(screen.contains("auto: he-normal"))
        #expect(screen.contains("inputs z-scored"))
    }

    // MARK: - no-activation

    @Test func deepLinearScoresWhatNoHiddenLayerDoes() throws {
        var d = try driver(.noActivation)
        try d.train(steps: 600)
        #expect(d.explorer.snapshot?.state == .finished)
        let deep = try #require(d.explorer.snapshot)
        let baseline = try #require(d.explorer.currentBaseline)
        #expect(baseline.layers.isEmpty)
        let deepAccuracy = try #require(deep.trainAccuracy), baseAccuracy = try #require(baseline.trainAccuracy)
        #expect(abs(deepAccuracy - baseAccuracy) <= 0.01, "deep \(deepAccuracy), none \(baseAccuracy)")
        #expect(abs((deep.trainLoss ?? 0) - (baseline.trainLoss ?? 1)) < 0.005)
        #expect(d.render(width: 120, height: 36).plainText().contains("no hidden layer (one linear map)"))
    }

    @Test func tanhOnTheSpiralSaysWhyItStaysStraight() throws {
        var d = try driver(.noActivation)
        try d.press([.character("8")])
        try d.train(steps: 300)
        let screen = d.render(width: 120, height: 36).plainText()
        #expect(screen.contains("why nearly straight"), "\(screen)")
        // The baseline stays on screen for comparison.
        #expect(d.explorer.currentBaseline != nil)
    }

    // MARK: - race

    @Test func raceRunsThePapersProtocolAndComputesItsVerdict() throws {
        var d = try driver(.race)
        // Three runners of at most 10 epochs of 45 steps.
        for _ in 0..<30 where d.explorer.race?.isFinished != true { try d.train(steps: 50) }
        let race = try #require(d.explorer.race)
        #expect(race.isFinished)
        #expect(race.results.map(\.learningRate) == TrainingPreset.race.raceRates?.map(\.learningRate))
        let relu = try #require(race.result(of: .relu)?.epochsToTarget)
        let tanh = try #require(race.result(of: .tanh)?.epochsToTarget)
        // Each runner stopped at its first evaluation at the target.
        for result in race.results {
            #expect(result.history.last?.trainAccuracy ?? 0 >= 0.75)
            #expect(result.history.dropLast().allSatisfy { $0.trainAccuracy < 0.75 })
        }
        // The training pane's lines, as one text: the end line wraps.
        let options = d.explorer.renderOptions
        let lines = TrainingPane(explorer: d.explorer).summaryLines(strings: Strings.of(.english), options: options, width: 64)
        let text = lines.map(\.text).joined(separator: " ")
        #expect(text.contains("Krizhevsky 2012: ReLU 6× faster than tanh (4-layer CNN, CIFAR-10)"), "\(text)")
        let ratio = NumberText.compact(max(relu, tanh) / min(relu, tanh))
        let claim = tanh >= relu ? "ReLU \(ratio)× faster than tanh" : "tanh \(ratio)× faster than ReLU"
        #expect(text.contains("here (digits, 64-64 MLP): " + claim), "'\(claim)' from ReLU \(relu), tanh \(tanh): \(text)")
    }

    @Test func raceOnTheSpiralLetsOnlyReLUReachTheTarget() throws {
        var d = try driver(.raceSpiral)
        // ReLU's runner: at most its 150 epochs of 10 steps.
        for _ in 0..<30 where d.explorer.race?.current == 0 { try d.train(steps: 50) }
        let race = try #require(d.explorer.race)
        let relu = try #require(race.results.first)
        #expect(relu.kind == .relu)
        let epochs = try #require(relu.epochsToTarget)
        #expect(epochs < 50, "ReLU reached 75% at \(epochs)")
        // Tanh, at its best rate, is still far from the target after as long.
        #expect(d.explorer.activation == .tanh)
        try d.train(steps: Int(epochs * 10) * 2)
        #expect((d.explorer.snapshot?.trainAccuracy ?? 1) < 0.7)
    }
}
