import Foundation
import Testing

/// The explorer on regression sets and input features under tmux: the real
/// binary, real keys, a real (pseudo) terminal.
@Suite(.serialized) struct TmuxRegressionTests {
    @Test func aFitTrainsThenFeaturesToggleOnThePlane() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.close() }
        try tmux.launch(BinaryRunner.executable.path + " explore --dataset abs --speed max")
        // The fit's figures and its legend.
        _ = try tmux.waitFor("RMSE and R² of the fit", timeout: 30) {
            $0.contains("RMSE: train ") && $0.contains("R²: train ") && $0.contains("data ⠤ fit") && !$0.contains("accuracy")
        }
        // No features on a curve: said, and nothing restarts.
        try tmux.press("f")
        _ = try tmux.waitFor("the refusal on a 1-D set") { $0.contains("input features need a 2-D data set") }
        // d to a 2-D regression set and then to the next classification set.
        try tmux.press("d", "d", "d")
        _ = try tmux.waitFor("the plane") { $0.contains("Data: plane") }
        try tmux.press("d", "d")
        _ = try tmux.waitFor("digits, with accuracy again") { $0.contains("Data: digits") && $0.contains("% · test") && !$0.contains("RMSE") }
        try tmux.press("d", "d", "d")
        _ = try tmux.waitFor("circles") { $0.contains("Data: circles") }
        try tmux.press("f")
        _ = try tmux.waitFor("the squares in the header") { $0.contains("features x1,x2,x1^2,x2^2") }
        try tmux.press("q")
        #expect(try tmux.waitForExitStatus() == 0)
    }
}
