import ExplorerRuntime
import Activations
@testable import Explorer
import Foundation
import NeuralNet
import TermPlot
import Testing

/// Scenes: what `w` saves and `--scene` opens is the same explorer, and a
/// class that paused stays paused through a switch.
@Suite struct SceneTests {
    static let options = ExplorerOptions(showsTiming: false)

    @Test func aSceneReopensAsTheSameExplorer() throws {
        var e = try Explorer(options: Self.options)
        for key in ["4", "]", "]", "L", "g", "l", "<lt>", "+", " "] {
            for item in try KeyNotation.parseScript(key) {
                if case .key(let k) = item { _ = e.update(.key(k)) }
            }
        }
        let scene = e.scene
        #expect(scene.configuration.primaryActivation == .elu)
        #expect(scene.view.halfWidth == 24 && scene.view.logScaleLoss && !scene.view.showsGhost)
        #expect(scene.view.highlightedLayer == 1 && scene.view.stepsPerSecond == 30 && scene.view.startsPaused)
        let read = try Scene.read(try scene.fileData(), source: "test")
        #expect(read == scene)
        let reopened = try Explorer(options: ExplorerOptions(scene: read, theme: .dark, showsTiming: false))
        #expect(reopened.scene == scene)
        #expect(reopened.configuration == e.configuration)
        #expect(reopened.isPaused)
    }

    @Test func aSavedSceneTrainsTheSameFirstSteps() throws {
        var d = try HeadlessDriver(options: Self.options, computePath: .reference)
        try d.press([.character("2"), .character("+")])
        let scene = d.explorer.scene
        try d.train(steps: 10)
        var reopened = try HeadlessDriver(options: ExplorerOptions(scene: scene, theme: .dark, showsTiming: false),
                                          computePath: .reference)
        try reopened.train(steps: 10)
        let a = try #require(d.explorer.snapshot), b = try #require(reopened.explorer.snapshot)
        #expect(a.history.map(\.trainLoss) == b.history.map(\.trainLoss))
        #expect(a.trainLoss == b.trainLoss && a.step == 10 && b.step == 10)
    }

    @Test func pausedStartStaysPausedThroughASwitch() throws {
        var options = Self.options
        options.startsPaused = true
        var e = try Explorer(options: options)
        #expect(e.startupEffects.last == .pauseTraining)
        #expect(e.isPaused)
        let effects = e.update(.key(.character("8")))
        #expect(effects == [.startTraining(e.configuration, run: e.run), .pauseTraining])
        #expect(e.isPaused)
        #expect(e.notice?.text.contains("paused — Space to run") == true)
        // Headless, nothing trains until Space.
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.train(steps: 5)
        #expect(d.explorer.snapshot?.step == 0)
        try d.press([.character(" ")])
        try d.train(steps: 5)
        #expect(d.explorer.snapshot?.step == 5)
    }

    @Test func theCommandKeyShowsTheSceneAsOneLine() throws {
        // As the command line opens it: the theme follows the terminal.
        var options = Self.options
        options.followsTerminalBackground = true
        var e = try Explorer(options: options)
        _ = e.update(.key(.character("9")))
        _ = e.update(.key(.character("W")))
        guard case .command(let text) = e.overlay else {
            Issue.record("no command window: \(String(describing: e.overlay))")
            return
        }
        #expect(text == "actview explore --activation sigmoid --lang en")
        let screen = e.view(width: 80, height: 24).plainText()
        #expect(screen.contains("actview explore --activation sigmoid --lang en"))
        _ = e.update(.key(.character("x")))
        #expect(e.overlay == nil)
        #expect(e.update(.key(.character("w"))) == [.saveScene(e.scene)])
    }
}
