import Foundation
import Testing

/// `actview lesson lecture` end to end under tmux at 80×24: the progress
/// line follows → PageDown ←, each step's caption shows, b rewinds the
/// live run to a checkpoint, q quits cleanly.
@Suite(.serialized) struct TmuxLessonTests {
    static func progress(in screen: String) -> String? {
        screen.firstMatch(of: /lesson ([0-9]+\/[0-9]+)/).map { String($0.1) }
    }

    @Test func theLectureWalksForwardAndBackAndRewindsToACheckpoint() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        defer { tmux.close() }
        try tmux.launch("\(TmuxTests.binary) lesson lecture --lang en")
        try tmux.waitFor("the first step", timeout: 30) { Self.progress(in: $0) == "1/14" && $0.contains("Without an activation") }
        try tmux.press("Right")
        try tmux.waitFor("step 2") { Self.progress(in: $0) == "2/14" && $0.contains("Sigmoid flattens") }
        try tmux.press("NPage")
        try tmux.waitFor("step 3") { Self.progress(in: $0) == "3/14" && $0.contains("Sigmoid's outputs") }
        try tmux.press("Left")
        try tmux.waitFor("step 2 again") { Self.progress(in: $0) == "2/14" }
        // On to tanh (step 5), which trains 400 steps at 100 a second.
        try tmux.press("Right", "Right", "Right")
        let tanh = try tmux.waitFor("the tanh step past its first checkpoints", timeout: 30) { screen in
            Self.progress(in: screen) == "5/14" && (TmuxTests.stepCount(in: screen) ?? 0) >= 25
        }
        #expect(TmuxTests.headerActivation(in: tanh) == "tanh")
        // An explorer key inside a step: b goes back to a checkpoint.
        try tmux.press("b")
        try tmux.waitFor("the rewind") { $0.contains("back to step") && $0.contains("later part kept as ghost") }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }
}
