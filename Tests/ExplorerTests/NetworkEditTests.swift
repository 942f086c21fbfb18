import Activations
import Datasets
@testable import Explorer
import ExplorerRuntime
@testable import NeuralNet
import TermPlot
import Testing

/// The network pane's keys and the live edits: y/Y, u/U, k/K, the arrows
/// and Enter in the focused pane, v/V, and the settings window.
@Suite struct NetworkEditTests {
    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    func restarts(_ effects: [Effect]) -> Bool {
        effects.contains { if case .startTraining = $0 { return true } else { return false } }
    }

    @Test func yAddsALayerAfterTheHighlightedOneAndYRemovesIt() throws {
        var e = try Explorer(options: ExplorerOptions())
        #expect(e.configuration.hiddenSizes == [32, 32])
        _ = try press(&e, "u")
        #expect(e.configuration.hiddenSizes == [33, 32])
        let effects = try press(&e, "y")
        #expect(restarts(effects))
        #expect(e.configuration.hiddenSizes == [33, 33, 32])
        #expect(e.highlightedLayer == 1)
        #expect(e.notice?.text.contains("initial weights redrawn") == true)
        _ = try press(&e, "Y")
        #expect(e.configuration.hiddenSizes == [33, 32])
        _ = try press(&e, "YY")
        // One hidden layer is the least the keys leave.
        #expect(e.configuration.hiddenSizes.count == 1)
        #expect(e.notice?.text.contains("1–8 hidden layers") == true)
        for _ in 0..<10 { _ = try press(&e, "y") }
        #expect(e.configuration.hiddenSizes.count == Explorer.maximumHiddenLayers)
    }

    @Test func uAndUChangeTheHighlightedLayerWithinLimits() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "l")
        #expect(e.highlightedLayer == 1)
        _ = try press(&e, "UUU")
        #expect(e.configuration.hiddenSizes == [32, 29])
        for _ in 0..<40 { _ = try press(&e, "u") }
        #expect(e.configuration.hiddenSizes == [32, Explorer.maximumUnits])
        #expect(e.notice?.text.contains("64 units") == true)
        for _ in 0..<70 { _ = try press(&e, "U") }
        #expect(e.configuration.hiddenSizes == [32, 1])
    }

    @Test func kAndKChangeOnlyTheHighlightedLayersActivation() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "l")
        let kinds = ActivationKind.allCases
        let relu = kinds.firstIndex(of: .relu)!
        #expect(restarts(try press(&e, "k")))
        #expect(e.configuration.activations.map(\.kind) == [.relu, kinds[(relu + 1) % kinds.count]])
        _ = try press(&e, "KK")
        #expect(e.configuration.activations.map(\.kind) == [.relu, kinds[(relu - 1 + kinds.count) % kinds.count]])
        #expect(e.notice?.text.contains("layer 2 activation") == true)
        // The activation pane follows the highlighted layer's own function.
        #expect(e.shownActivation == e.configuration.hiddenLayers[1].activation.kind)
        #expect(e.view(width: 120, height: 40).text(ofRow: 1).contains(Catalogue.entry(for: e.shownActivation).displayName))
        _ = try press(&e, "h")
        #expect(e.shownActivation == .relu)
        // The scene remembers per-layer activations as a command.
        #expect(e.scene.command.contains("--activation relu,"))
    }

    @Test func arrowsMoveTheHighlightOnlyInTheFocusedNetworkPane() throws {
        var e = try Explorer(options: ExplorerOptions())
        let cursor = e.cursorX
        _ = try press(&e, "<Right>")
        #expect(e.cursorX > cursor && e.highlightedLayer == 0)
        while e.focus != .network { _ = try press(&e, "<Tab>") }
        #expect(try press(&e, "<Down><Down><Down>").isEmpty)
        #expect(e.highlightedUnit == 3)
        _ = try press(&e, "<Up>")
        #expect(e.highlightedUnit == 2)
        _ = try press(&e, "<Right>")
        #expect(e.highlightedLayer == 1)
        _ = try press(&e, "<Right>")
        #expect(e.highlightedLayer == 0)
        _ = try press(&e, "<Left>")
        #expect(e.highlightedLayer == 1)
        _ = try press(&e, "<Up><Up><Up>")
        #expect(e.highlightedUnit == 31)
        // The layer the activation pane and health rows follow.
        #expect(e.scene.view.highlightedLayer == 1)
        #expect(e.enlargesTile == false)
        _ = try press(&e, "<Enter>")
        #expect(e.enlargesTile)
        _ = try press(&e, "<Enter>")
        #expect(!e.enlargesTile)
    }

    @Test func vAndVToggleTheShadingAndTheTestPoints() throws {
        var e = try Explorer(options: ExplorerOptions())
        #expect(!e.discretisesMap && e.showsTestPoints)
        #expect(try press(&e, "v").isEmpty)
        #expect(e.discretisesMap)
        #expect(try press(&e, "V").isEmpty)
        #expect(!e.showsTestPoints)
        _ = try press(&e, "vV")
        #expect(!e.discretisesMap && e.showsTestPoints)
    }

    /// Changing one layer's activation under a fixed initialiser keeps the
    /// shapes and the rule, so the new run starts from the same weights.
    @Test func anEditKeepsTheInitialWeightsWhenTheShapesAreUnchanged() throws {
        var options = ExplorerOptions(showsTiming: false)
        var c = TrainingConfiguration.explorerDefault
        c.initializer = .glorotUniform
        c.hiddenLayers = [HiddenLayer(units: 6, activation: LayerActivation(.relu)), HiddenLayer(units: 5, activation: LayerActivation(.relu))]
        options.configuration = c
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.train(steps: 3)
        let before = try #require(d.trainer?.initialNetwork)
        try d.press([.character("l"), .character("k")])
        #expect(d.explorer.configuration.activations.map(\.kind) != [.relu, .relu])
        #expect(d.explorer.notice?.text.contains("same initial weights") == true)
        let after = try #require(d.trainer?.initialNetwork)
        #expect(after.layers.map(\.weights) == before.layers.map(\.weights))
        // A shape change redraws, and says so; the first layer, drawn first
        // from the same seed with the same shape, stays the same.
        try d.press([.character("u")])
        #expect(d.explorer.notice?.text.contains("redrawn") == true)
        let grown = try #require(d.trainer?.initialNetwork)
        #expect(grown.layers[1].unitCount == 6)
        #expect(grown.layers[0].weights == before.layers[0].weights)
    }

    // MARK: - Settings

    @Test func xListsEveryValueAndEscCloses() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "x")
        #expect(e.overlay == .settings(selection: 0))
        let screen = e.view(width: 120, height: 40).plainText()
        for label in ["data noise", "data points (n)", "data classes", "test fraction", "batch size", "L2 weight decay λ",
                      "L1 weight penalty λ", "input features", "optimiser", "initialiser", "data set", "preset"] {
            #expect(screen.contains(label), "\(label)")
        }
        _ = try press(&e, "<Esc>")
        #expect(e.overlay == nil && !e.isFinished)
    }

    /// Every row changes both ways and restarts (or loads a preset).
    @Test(arguments: [Setting.noise, .points, .classes, .testFraction, .batchSize, .weightDecay, .l1Penalty, .inputFeatures,
                      .optimizer, .initializer, .dataset, .preset])
    func everySettingMovesBothWays(_ setting: Setting) throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "x")
        let row = try #require(e.settings.firstIndex(of: setting))
        for _ in 0..<row { _ = try press(&e, "<Down>") }
        #expect(e.overlay == .settings(selection: row))
        let start = e.describe(setting).value
        let forward = try press(&e, "<Right>")
        #expect(restarts(forward), "\(setting)")
        let moved = e.describe(setting).value
        #expect(moved != start, "\(setting)")
        if setting == .dataset || setting == .preset {
            _ = try press(&e, "<Left>")
            #expect(e.describe(setting).value == start || setting == .preset, "\(setting)")
        } else {
            _ = try press(&e, "<Left>")
            #expect(e.describe(setting).value == start, "\(setting)")
            _ = try press(&e, "<Enter>")
            #expect(e.describe(setting).value == moved, "\(setting)")
        }
    }

    @Test func activationParametersAreSettingsOfTheHighlightedLayer() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "2")
        #expect(e.activation == .leakyReLU)
        #expect(e.settings.first == .parameter("slope"))
        _ = try press(&e, "x<Right>")
        guard case .activation(let a) = e.configuration.hiddenLayers[0].activation else { Issue.record("not an activation"); return }
        #expect((a[parameter: "slope"] ?? 0) > 0.01)
        _ = try press(&e, "<Esc>")
        _ = try press(&e, "3")
        #expect(e.settings.first == .preluSlope)
        _ = try press(&e, "x<Right><Esc>")
        #expect(e.configuration.hiddenLayers[0].activation == .prelu(initialSlope: 0.3))
        e.configuration.setActivation(.maxout(pieces: 2))
        #expect(e.settings.first == .maxoutPieces)
        _ = try press(&e, "x<Right>")
        #expect(e.configuration.hiddenLayers[0].activation == .maxout(pieces: 3))
        _ = try press(&e, "<Left>")
        #expect(e.configuration.hiddenLayers[0].activation == .maxout(pieces: 2))
    }

    @Test func settingsSpeakKorean() throws {
        var options = ExplorerOptions()
        options.language = .korean
        var e = try Explorer(options: options)
        _ = try press(&e, "x")
        let screen = e.view(width: 120, height: 40).plainText()
        #expect(screen.contains("배치 크기") && screen.contains("테스트 비율"))
    }

    /// A highlight left beyond a smaller net (after a preset) draws the
    /// last unit instead of none.
    @Test func aHighlightBeyondTheNetIsClamped() throws {
        var d = try HeadlessDriver(options: ExplorerOptions(showsTiming: false), computePath: .reference)
        try d.train(steps: 2)
        try d.press(try KeyNotation.parse("<Tab><Tab><Tab><Tab><Up>"))
        #expect(d.explorer.highlightedUnit == 31)
        try d.press([.character("U")])
        #expect(d.explorer.highlightedUnit == 30)
        for _ in 0..<27 { try d.press([.character("U")]) }
        #expect(d.explorer.configuration.hiddenSizes == [4, 32])
        #expect(d.explorer.highlightedUnit == 3)
        try d.train(steps: 1)
        #expect(d.render(width: 120, height: 40).plainText().contains("layer 1 unit 4"))
    }
}
