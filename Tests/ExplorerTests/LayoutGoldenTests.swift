import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// The default scene and every preset at the five tested sizes, in the dark
/// theme in English, and in Korean and mono at the two projector sizes,
/// compared with `Golden/layout-*.txt`. Three steps on the reference
/// kernels, fixed seeds and costs: enough for every pane to have figures.
@Suite struct LayoutGoldenTests {
    static let scenes: [TrainingPreset?] = [nil] + TrainingPreset.allCases
    static let steps = 3

    static func driver(_ preset: TrainingPreset?) throws -> HeadlessDriver {
        var options = ExplorerOptions(showsTiming: false)
        options.preset = preset
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.send(.costs(GoldenScreenTests.costs))
        try d.train(steps: steps)
        return d
    }

    @Test(arguments: scenes)
    func everySceneAtEveryTestedSize(_ preset: TrainingPreset?) throws {
        let name = preset?.name ?? "default"
        let english = try Self.driver(preset)
        for (w, h) in LayoutCheckTests.sizes {
            Golden.check(english.render(width: w, height: h).plainText(), named: "layout-\(name)-\(w)x\(h).txt")
        }
        // The same run in Korean and in mono: only the view's options differ.
        var korean = english.explorer, mono = english.explorer
        korean.options.language = .korean
        mono.options.theme = .mono
        for (w, h) in [(80, 24), (100, 30)] {
            Golden.check(korean.view(width: w, height: h).plainText(), named: "layout-\(name)-ko-\(w)x\(h).txt")
            Golden.check(mono.view(width: w, height: h).plainText(), named: "layout-\(name)-mono-\(w)x\(h).txt")
        }
    }
}
