import Datasets
import ExplorerRuntime
import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Staging a lesson: a finished run goes on with `c`, `m` marks moments on
/// the loss curve, `0` goes back to the opening scene.
@Suite struct StagingTests {
    static var tiny: ExplorerOptions {
        var options = ExplorerOptions(showsTiming: false, stepsPerSecond: nil)
        var c = TrainingConfiguration.explorerDefault
        c.dataset = .synthetic(.xor, SyntheticParameters(count: 40, noise: 0.1, classes: 2))
        c.hiddenSizes = [4]
        c.batchSize = 16
        c.epochs = 2
        c.evaluationsPerEpoch = 1
        options.configuration = c
        return options
    }

    @Test func aFinishedRunContinuesForAsManyEpochsAgain() throws {
        var d = try HeadlessDriver(options: Self.tiny, computePath: .reference)
        // c does nothing before the end, and says why.
        try d.press([.character("c")])
        #expect(d.explorer.notice?.text.contains("has not finished") == true)
        try d.train(steps: 100)
        #expect(d.explorer.snapshot?.state == .finished)
        let steps = try #require(d.explorer.snapshot?.step)
        try d.press([.character("c")])
        #expect(d.explorer.notice?.text == "continuing for 2 more epochs")
        #expect(d.explorer.configuration.epochs == 4)
        try d.train(steps: 100)
        let after = try #require(d.explorer.snapshot)
        #expect(after.state == .finished)
        #expect(after.step == 2 * steps)
        #expect(after.epoch == 4)
    }

    @Test func marksAreNumberedTicksOnTheLossChart() throws {
        var d = try HeadlessDriver(options: Self.tiny, computePath: .reference)
        try d.press([.character("m")])
        #expect(d.explorer.marks.isEmpty && d.explorer.notice?.text == "nothing to mark yet")
        try d.train(steps: 2)
        try d.press([.character("m")])
        try d.train(steps: 1)
        try d.press([.character("m")])
        #expect(d.explorer.marks.count == 2)
        #expect(d.explorer.notice?.text == "mark 2 at step 3")
        let pane = TrainingPane(explorer: d.explorer)
        #expect(pane.chart(strings: Strings.of(.english)).marks.map(\.label) == ["1", "2"])
        let text = d.render(width: 120, height: 36).plainText()
        #expect(text.contains("┊"))
        // A restart begins a new curve, without the old marks.
        try d.press([.character("r")])
        #expect(d.explorer.marks.isEmpty)
    }

    @Test func zeroGoesBackToTheOpeningScene() throws {
        var options = ExplorerOptions(showsTiming: false)
        options.preset = .deadReLU
        var e = try Explorer(options: options)
        let opening = e.scene
        for key: Key in [.character("d"), .character("8"), .character("]"), .character("L"), .character(">")] {
            _ = e.update(.key(key))
        }
        #expect(e.scene != opening)
        let effects = e.update(.key(.character("0")))
        #expect(e.scene == opening)
        #expect(e.preset == .deadReLU)
        #expect(effects.first == .startTraining(e.configuration, run: e.run))
        #expect(effects.contains(.setPace(stepsPerSecond: opening.view.stepsPerSecond)))
        #expect(e.ghost == nil)
    }

    @Test func aBannerGoesWithItsScene() throws {
        var options = ExplorerOptions(showsTiming: false)
        options.preset = .deadReLU
        var e = try Explorer(options: options)
        let banner = TrainingPreset.deadReLU.banner(in: .english)
        func shown() -> Bool { e.view(width: 160, height: 48).plainText().contains(String(banner.prefix(30))) }
        #expect(shown())
        // Switching the activation is what the banner asks for: it stays.
        _ = e.update(.key(.character("2")))
        _ = e.update(.key(.character("R")))
        #expect(shown())
        // Another data set is another scene: the banner goes, and 0 brings it back.
        _ = e.update(.key(.character("d")))
        #expect(!shown())
        _ = e.update(.key(.character("0")))
        #expect(shown())
        _ = e.update(.key(.character("-")))
        #expect(!shown())
    }
}
