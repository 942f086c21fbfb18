import Datasets
import Activations
@testable import Explorer
import NeuralNet
import Testing

/// Each key's effect on the state and the effects it asks the shell for.
@Suite struct KeyHandlingTests {
    func explorer(_ options: ExplorerOptions = ExplorerOptions()) throws -> Explorer {
        try Explorer(options: options)
    }

    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    @Test func startsTrainingOnOpen() throws {
        let e = try explorer()
        #expect(e.startupEffects == [.startTraining(e.configuration, run: e.run), .setPace(stepsPerSecond: 100)])
        #expect(e.stepsPerSecond == ExplorerOptions.defaultStepsPerSecond)
        #expect(e.configuration.seed == 42)
        #expect(e.activation == .relu)
    }

    @Test func nextAndPreviousWalkTheCatalogue() throws {
        var e = try explorer()
        let all = ActivationKind.allCases
        let start = all.firstIndex(of: .relu)!
        var effects = try press(&e, "n")
        #expect(e.activation == all[start + 1])
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        #expect(e.configuration.activations == [LayerActivation(all[start + 1]), LayerActivation(all[start + 1])])
        _ = try press(&e, "n")
        #expect(e.activation == all[start + 2])
        _ = try press(&e, "pp")
        #expect(e.activation == .relu)
        // Wraps at both ends.
        e = try explorer(ExplorerOptions(activation: ActivationKind(rawValue: "step")!))
        effects = try press(&e, "p")
        #expect(e.activation == all.last)
        #expect(effects.count == 1)
    }

    @Test func numberKeysChooseFavourites() throws {
        var e = try explorer()
        let expected: [ActivationKind] = [.relu, .leakyReLU, .prelu, .elu, .selu, .swish, .gelu, .tanh, .sigmoid]
        for (i, kind) in expected.enumerated().reversed() {
            _ = try press(&e, String(i + 1))
            #expect(e.activation == kind)
        }
        // The current activation again: nothing to restart.
        #expect(try press(&e, "1").isEmpty)
    }

    @Test func switchingKeepsSeedAndLeavesAGhost() throws {
        var e = try explorer()
        var snapshot = TrainingSnapshot()
        snapshot.state = .running
        snapshot.history = [EvaluationRecord(step: 0, epoch: 0, seconds: 0, trainLoss: 1, testLoss: 1,
                                             trainAccuracy: 0.5, testAccuracy: 0.5)]
        snapshot.run = e.run
        _ = e.update(.training(snapshot))
        let seed = e.configuration.seed
        _ = try press(&e, "9")
        #expect(e.configuration.seed == seed)
        #expect(e.ghost?.history == snapshot.history)
        #expect(e.ghost?.label == "ReLU")
        #expect(e.snapshot == nil)
        _ = try press(&e, "g")
        #expect(e.showsGhost == false)
        _ = try press(&e, "g")
        #expect(e.showsGhost == true)
    }

    @Test func pickerFiltersMovesAndChooses() throws {
        var e = try explorer()
        #expect(try press(&e, "a").isEmpty)
        guard case .picker(let opened) = e.overlay else { Issue.record("no picker"); return }
        #expect(opened.selected == .relu)
        // Typing filters; keys are not commands while the picker is open.
        #expect(try press(&e, "sel").isEmpty)
        guard case .picker(let filtered) = e.overlay else { Issue.record("picker closed"); return }
        #expect(filtered.matches == [.selu])
        let effects = try press(&e, "<Enter>")
        #expect(e.overlay == nil)
        #expect(e.activation == .selu)
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        // Arrows move, Esc closes without choosing.
        _ = try press(&e, "a<Down><Down><Up>")
        guard case .picker(let moved) = e.overlay else { Issue.record("picker closed"); return }
        let all = ActivationKind.allCases
        #expect(moved.selected == all[(all.firstIndex(of: .selu)! + 1) % all.count])
        #expect(try press(&e, "<Esc>").isEmpty)
        #expect(e.overlay == nil)
        #expect(e.activation == .selu)
        #expect(!e.isFinished)
    }

    @Test func spacePausesAndResumes() throws {
        var e = try explorer()
        #expect(try press(&e, " ") == [.pauseTraining])
        #expect(e.isPaused)
        #expect(try press(&e, "<Space>") == [.resumeTraining])
        #expect(!e.isPaused)
    }

    @Test func singleStepPausesFirst() throws {
        var e = try explorer()
        #expect(try press(&e, "s") == [.pauseTraining, .stepTraining])
        #expect(e.isPaused)
        #expect(try press(&e, "s") == [.stepTraining])
    }

    @Test func restartKeepsTheConfigurationAndNewSeedChangesIt() throws {
        var e = try explorer()
        let before = e.configuration
        #expect(try press(&e, "r") == [.startTraining(before, run: e.run)])
        let effects = try press(&e, "R")
        #expect(e.configuration.seed != before.seed)
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        var expected = before
        expected.seed = e.configuration.seed
        #expect(e.configuration == expected)
        #expect(e.notice?.text.contains(String(e.configuration.seed)) == true)
    }

    @Test func learningRateDoublesAndHalves() throws {
        var e = try explorer()
        let rate = e.configuration.learningRate
        #expect(try press(&e, "+") == [.setLearningRate(try LearningRate(rate.value * 2))])
        #expect(try press(&e, "+") == [.setLearningRate(try LearningRate(rate.value * 4))])
        #expect(try press(&e, "-") == [.setLearningRate(try LearningRate(rate.value * 2))])
        #expect(e.configuration.learningRate.value == rate.value * 2)
        #expect(e.notice?.text.contains("learning rate") == true)
    }

    @Test func paceKeysStepThroughTheLevelsAndStopAtTheEnds() throws {
        var e = try explorer()
        #expect(e.stepsPerSecond == 100)
        #expect(try press(&e, "<gt>") == [.setPace(stepsPerSecond: 300)])
        #expect(try press(&e, ".") == [.setPace(stepsPerSecond: nil)])
        #expect(e.stepsPerSecond == nil)
        #expect(e.notice?.text == "speed max")
        // Flat out is the top: no wrap, nothing to ask the shell.
        #expect(try press(&e, "<gt>.").isEmpty)
        #expect(e.stepsPerSecond == nil)
        #expect(try press(&e, "<lt>") == [.setPace(stepsPerSecond: 300)])
        #expect(try press(&e, ",<lt>,") == [.setPace(stepsPerSecond: 100), .setPace(stepsPerSecond: 30),
                                             .setPace(stepsPerSecond: 10)])
        #expect(e.notice?.text == "speed 10/s")
        #expect(try press(&e, "<lt>,").isEmpty)
        #expect(e.stepsPerSecond == 10)
        // The pace chosen outlives restarts and scene changes, the lecture's too.
        _ = try press(&e, "rnP")
        #expect(e.stepsPerSecond == 10)
        #expect(e.startupEffects.last == .setPace(stepsPerSecond: 10))

        // A pace between levels (from the command line) moves to the next one.
        e = try explorer(ExplorerOptions(stepsPerSecond: 50))
        #expect(try press(&e, "<lt>") == [.setPace(stepsPerSecond: 30)])
        e = try explorer(ExplorerOptions(stepsPerSecond: 50))
        #expect(try press(&e, "<gt>") == [.setPace(stepsPerSecond: 100)])
        e = try explorer(ExplorerOptions(stepsPerSecond: 2.5))
        #expect(try press(&e, "<lt>").isEmpty)
        #expect(e.notice?.text == "speed 2.5/s")
    }

    @Test func paceShowsOnTheTrainingPane() throws {
        var e = try explorer()
        for (width, height) in [(80, 24), (120, 36), (200, 60)] {
            let text = e.view(width: width, height: height).plainText()
            #expect(text.contains("Training ▶ running · speed 100/s"), "\(width)x\(height):\n\(text)")
        }
        _ = try press(&e, "<gt><gt>")
        // The notice says it too; after it fades the pane still does.
        _ = e.update(.tick(seconds: 10))
        #expect(e.view(width: 80, height: 24).plainText().contains("running · speed max"))
        var korean = try explorer(ExplorerOptions(language: .korean))
        _ = try press(&korean, "<lt>")
        _ = korean.update(.tick(seconds: 10))
        #expect(korean.view(width: 80, height: 24).plainText().contains("속도 30/s"))
        _ = try press(&korean, "<gt><gt><gt>")
        #expect(korean.notice?.text == "속도 최대")
    }

    @Test func machineRateShowsOnlyWhenThePaceIsNotTheRate() throws {
        var e = try explorer()
        var snapshot = TrainingSnapshot()
        snapshot.state = .running
        snapshot.stepsPerSecond = 5000
        snapshot.run = e.run
        _ = e.update(.training(snapshot))
        // Held to 100/s: the machine's 5000 would only confuse.
        #expect(!e.view(width: 200, height: 60).plainText().contains("5000 steps/s"))
        _ = try press(&e, "<gt><gt>")
        #expect(e.view(width: 200, height: 60).plainText().contains("5000 steps/s"))
        // A machine slower than the pace shows its own rate.
        e = try explorer()
        snapshot.stepsPerSecond = 40
        snapshot.run = e.run
        _ = e.update(.training(snapshot))
        #expect(e.view(width: 200, height: 60).plainText().contains("40.0 steps/s"))
    }

    @Test func cursorMovesAndZoomClamps() throws {
        var e = try explorer()
        let x = e.cursorX, width = e.halfWidth
        #expect(try press(&e, "<Right>").isEmpty)
        #expect(e.cursorX > x)
        _ = try press(&e, "<Left><Left>")
        #expect(e.cursorX < x)
        _ = try press(&e, "[")
        #expect(e.halfWidth == width / 2)
        _ = try press(&e, "]]")
        #expect(e.halfWidth == width * 2)
        _ = try press(&e, String(repeating: "[", count: 20))
        #expect(e.halfWidth > 0)
        #expect(abs(e.cursorX) <= e.halfWidth)
        _ = try press(&e, String(repeating: "<Right>", count: 100))
        #expect(e.cursorX == e.halfWidth)
    }

    @Test func logScaleAndLayerKeys() throws {
        var e = try explorer(ExplorerOptions(preset: TrainingPreset(rawValue: "saturation")!))
        let layers = e.configuration.hiddenSizes.count
        #expect(layers > 1)
        _ = try press(&e, "L")
        #expect(e.logScaleLoss)
        _ = try press(&e, "l")
        #expect(e.highlightedLayer == 1)
        _ = try press(&e, ";")
        #expect(e.highlightedLayer == 2)
        _ = try press(&e, "hhh")
        #expect(e.highlightedLayer == layers - 1)
    }

    @Test func settingsCycleAndRestart() throws {
        var e = try explorer()
        let before = e.configuration
        var effects = try press(&e, "i")
        #expect(e.configuration.initializer != before.initializer)
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        effects = try press(&e, "o")
        #expect(e.configuration.optimizer != before.optimizer)
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        effects = try press(&e, "d")
        #expect(e.configuration.dataset != before.dataset)
        #expect(DatasetSpec.builtIn.contains(e.configuration.dataset))
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
    }

    @Test func presetKeyCyclesScenes() throws {
        var e = try explorer()
        #expect(e.preset == nil)
        var seen: [TrainingPreset] = []
        for _ in TrainingPreset.allCases {
            let before = e.stepsPerSecond
            let effects = try press(&e, "P")
            let preset = try #require(e.preset)
            // A scene with a pace of its own (the lecture's full-batch loop) sets it.
            let pace: [Effect] = before == preset.stepsPerSecond ? [] : [.setPace(stepsPerSecond: preset.stepsPerSecond)]
            // The no-activation scene measures its zero-hidden-layer baseline beside the run.
            var baseline = e.configuration
            baseline.hiddenLayers = []
            let measured: [Effect] = preset == .noActivation ? [.measureBaseline(baseline)] : []
            #expect(effects == [.startTraining(e.configuration, run: e.run)] + measured + pace)
            #expect(e.stepsPerSecond == preset.stepsPerSecond)
            seen.append(preset)
        }
        #expect(seen == TrainingPreset.allCases)
        #expect(e.race != nil)
        #expect(e.configuration.seed == 42)
    }

    @Test func outputKeysAskTheShell() throws {
        var e = try explorer()
        #expect(try press(&e, "S") == [.saveScreenshot])
        #expect(try press(&e, "e") == [.exportMetrics])
    }

    @Test func helpOpensAndAnyKeyClosesIt() throws {
        var e = try explorer()
        _ = try press(&e, "?")
        #expect(e.overlay == .help)
        // The closing key does nothing else, not even quit.
        #expect(try press(&e, "q").isEmpty)
        #expect(e.overlay == nil)
        #expect(!e.isFinished)
        _ = try press(&e, "<F1>")
        #expect(e.overlay == .help)
        #expect(try press(&e, "<Esc>").isEmpty)
        #expect(e.overlay == nil)
    }

    @Test func quitKeys() throws {
        var e = try explorer()
        #expect(try press(&e, "q") == [.quit])
        #expect(e.isFinished)
        var f = try explorer()
        #expect(try press(&f, "<F10>") == [.quit])
        #expect(f.isFinished)
        var g = try explorer()
        #expect(try press(&g, "<Esc>").isEmpty)
        #expect(!g.isFinished)
    }

    @Test func unboundKeysDoNothing() throws {
        var e = try explorer()
        let before = e.configuration
        #expect(e.update(.key(.unknown)).isEmpty)
        #expect(e.update(.key(.character("Z"))).isEmpty)
        #expect(e.update(.key(.function(7))).isEmpty)
        #expect(e.configuration == before)
    }

    @Test func noticesExpireWithTicks() throws {
        var e = try explorer()
        _ = e.update(.notice("saved actview-1.svg"))
        #expect(e.notice?.text == "saved actview-1.svg")
        _ = e.update(.tick(seconds: 1))
        #expect(e.notice != nil)
        _ = e.update(.tick(seconds: 10))
        #expect(e.notice == nil)
    }

    @Test func badOptionsThrowOneLine() {
        for options in [ExplorerOptions(stepsPerSecond: 0),
                        ExplorerOptions(stepsPerSecond: -3), ExplorerOptions(stepsPerSecond: .nan)] {
            do {
                _ = try Explorer(options: options)
                Issue.record("no error for \(options)")
            } catch let error as ExplorerError {
                #expect(!error.description.isEmpty)
                #expect(!error.description.contains("\n"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func helpListsEveryBinding() throws {
        var e = try explorer()
        _ = try press(&e, "?")
        let text = e.view(width: 160, height: 48).plainText()
        for binding in KeyBinding.all where binding.isListed {
            #expect(text.contains(binding.label), "help lacks \(binding.label)")
            #expect(text.contains(binding.english), "help lacks \(binding.english)")
        }
        // Every command the key map knows is reachable and documented.
        let documented = Set(KeyBinding.all.flatMap(\.keys))
        for key in documented { #expect(KeyBinding.command(for: key) != nil) }
    }
}
