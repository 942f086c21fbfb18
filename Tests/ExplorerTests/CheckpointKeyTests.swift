import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// `b` and `B`: back to the run's previous checkpoint with the curves
/// rewound and the later part kept as a ghost, and forward again.
@Suite struct CheckpointKeyTests {
    static var options: ExplorerOptions {
        var options = StagingTests.tiny
        options.configuration?.epochs = 100
        return options
    }

    @Test func backRewindsTheCurvesAndTheRunRepeatsItsSteps() throws {
        var d = try HeadlessDriver(options: Self.options, computePath: .reference)
        try d.train(steps: 35)
        let tip = try #require(d.explorer.snapshot)
        #expect(d.checkpoints.steps == [0, 10, 20, 30])
        #expect(d.explorer.checkpoints.steps == [0, 10, 20, 30])

        try d.press([.character("b")])
        let back = try #require(d.explorer.snapshot)
        #expect(d.explorer.notice?.text == "back to step 30 — later part kept as ghost")
        #expect(back.step == 30 && back.run != tip.run)
        #expect(back.history.allSatisfy { $0.step <= 30 })
        let ghost = try #require(d.explorer.ghost)
        #expect(ghost.history.first?.step == 30 && ghost.history.last?.step == 35)
        #expect(ghost.label.hasSuffix("steps 30–35"))
        #expect(d.render(width: 100, height: 30).plainText().contains("steps 30–35"))

        // The same data in the same order from there: the same step 35.
        try d.train(steps: 5)
        let again = try #require(d.explorer.snapshot)
        #expect(again.step == 35)
        #expect(again.trainLoss == tip.trainLoss)
        #expect(again.testLoss == tip.testLoss)
    }

    @Test func forwardGoesBackUpTheStepsUntilTheRunMovesOn() throws {
        var d = try HeadlessDriver(options: Self.options, computePath: .reference)
        try d.press([.character(" ")])
        #expect(d.explorer.isPaused)
        try d.press([.character("B")])
        #expect(d.explorer.notice?.text.hasPrefix("nothing ahead") == true)
        try d.press([.character("b")])
        #expect(d.explorer.notice?.text == "no checkpoint before step 0")

        try d.press([.character(" ")])
        try d.train(steps: 25)
        try d.press([.character(" ")])
        try d.press([.character("b"), .character("b")])
        #expect(d.explorer.snapshot?.step == 10)
        #expect(d.explorer.ghost?.history.last?.step == 25)
        try d.press([.character("B")])
        #expect(d.explorer.snapshot?.step == 20)
        #expect(d.explorer.notice?.text == "forward again to step 20")
        #expect(d.explorer.isPaused && d.explorer.snapshot?.state == .paused)
        // A step from here starts a new past: nothing is ahead any more.
        try d.press([.character("s"), .character("B")])
        #expect(d.explorer.snapshot?.step == 21)
        #expect(d.explorer.notice?.text.hasPrefix("nothing ahead") == true)
        #expect(d.checkpoints.steps == [0, 10, 20])
    }

    @Test func aRestartStartsNewCheckpointsAndARaceHasNone() throws {
        var d = try HeadlessDriver(options: Self.options, computePath: .reference)
        try d.train(steps: 12)
        try d.press([.character("r")])
        #expect(d.checkpoints.steps == [0])
        #expect(d.explorer.checkpoints.steps == [0])
        try d.train(steps: 3)
        try d.press([.character("b")])
        #expect(d.explorer.snapshot?.step == 0)

        var race = try HeadlessDriver(options: ExplorerOptions(preset: .raceSpiral, showsTiming: false), computePath: .reference)
        try race.train(steps: 1)
        try race.press([.character("b")])
        #expect(race.explorer.notice?.text.hasPrefix("no checkpoints in a race") == true)
    }
}
