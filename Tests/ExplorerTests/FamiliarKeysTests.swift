import Activations
import Datasets
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Esc closes and never quits, q and F10 quit, every cycling key has a
/// reverse, and the list keys move in the focused list or say where it is.
@Suite struct FamiliarKeysTests {
    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    /// A five-hidden-layer scene, so the health pane has a list to move in.
    func deep() throws -> Explorer {
        var c = TrainingConfiguration.explorerDefault
        c.hiddenLayers = Array(repeating: c.hiddenLayers[0], count: 5)
        var options = ExplorerOptions()
        options.configuration = c
        return try Explorer(options: options)
    }

    @Test func escapeNeverQuitsAndSaysWhatDoes() throws {
        var e = try Explorer(options: ExplorerOptions())
        for _ in 0..<3 { #expect(try press(&e, "<Esc>").isEmpty) }
        #expect(!e.isFinished)
        #expect(e.notice?.text == "Esc closes windows — q or F10 quits")
        let bar = e.view(width: 100, height: 30).text(ofRow: 29)
        #expect(bar.contains("q or F10 quits"))
        // The habitual Esc-Esc after the help: the first closes it, the second only explains.
        _ = try press(&e, "?<Esc><Esc>")
        #expect(e.overlay == nil && !e.isFinished)
    }

    @Test func qAndF10Quit() throws {
        for keys in ["q", "<F10>"] {
            var e = try Explorer(options: ExplorerOptions())
            #expect(try press(&e, keys) == [.quit])
            #expect(e.isFinished)
        }
    }

    @Test func capitalsStepBackThroughTheCycles() throws {
        var e = try Explorer(options: ExplorerOptions())
        let start = e.configuration
        for (forward, back) in [("i", "I"), ("o", "O"), ("d", "D")] {
            _ = try press(&e, forward)
            let effects = try press(&e, back)
            #expect(effects == [.startTraining(e.configuration, run: e.run)], "\(back)")
        }
        #expect(e.configuration.initializer == start.initializer)
        #expect(e.configuration.optimizer == start.optimizer)
        #expect(e.configuration.dataset.withDefaultParameters == start.dataset.withDefaultParameters)
        // Backwards from the first entry wraps to the last.
        func before<T: Equatable>(_ v: T, _ all: [T]) -> T { all[(all.firstIndex(of: v)! + all.count - 1) % all.count] }
        _ = try press(&e, "I")
        #expect(e.configuration.initializer == before(start.initializer, Explorer.initializers))
        _ = try press(&e, "O")
        #expect(e.configuration.optimizer == before(start.optimizer, OptimizerKind.allCases))
        _ = try press(&e, "D")
        #expect(e.configuration.dataset == before(start.dataset.withDefaultParameters, DatasetSpec.builtIn))
        #expect(Explorer.initializers.first == start.initializer)
        _ = try press(&e, "I")
        #expect(e.configuration.initializer == Explorer.initializers[Explorer.initializers.count - 2])
    }

    @Test func tStepsBackThroughThePresets() throws {
        var e = try Explorer(options: ExplorerOptions())
        let all = TrainingPreset.allCases
        _ = try press(&e, "T")
        #expect(e.preset == all.last)
        _ = try press(&e, "T")
        #expect(e.preset == all[all.count - 2])
        _ = try press(&e, "PP")
        #expect(e.preset == all.first)
        // The help names the reverse beside P.
        _ = try press(&e, "?")
        #expect(e.view(width: 160, height: 48).plainText().contains("previous preset"))
    }

    @Test func listKeysMoveTheHealthRowsWhenTheHealthPaneIsFocused() throws {
        var e = try deep()
        _ = e.update(.resize(width: 120, height: 40))
        _ = try press(&e, "<Tab><Tab>")
        #expect(e.focus == .health)
        #expect(try press(&e, "<Down><Down>").isEmpty)
        #expect(e.highlightedLayer == 2)
        _ = try press(&e, "<Up>")
        #expect(e.highlightedLayer == 1)
        _ = try press(&e, "<End>")
        #expect(e.highlightedLayer == 4)
        // Lists stop at their ends rather than wrap.
        _ = try press(&e, "<Down>")
        #expect(e.highlightedLayer == 4)
        _ = try press(&e, "<Home>")
        #expect(e.highlightedLayer == 0)
        _ = try press(&e, "<Up>")
        #expect(e.highlightedLayer == 0)
        // A page is the rows shown less one; five layers fit, so it reaches the end.
        _ = try press(&e, "<PageDown>")
        #expect(e.highlightedLayer == min(4, e.healthRowsShown - 1))
        _ = try press(&e, "<PageUp>")
        #expect(e.highlightedLayer == 0)
    }

    @Test func listKeysOutsideAListSayWhereTheListIs() throws {
        var e = try deep()
        for key in ["<Up>", "<Down>", "<PageUp>", "<PageDown>", "<Home>", "<End>"] {
            e.notice = nil
            #expect(try press(&e, key).isEmpty)
            #expect(e.highlightedLayer == 0)
            #expect(e.notice?.text == "↑↓ move in a list — Tab to focus the health pane", "\(key)")
        }
        // Left and Right keep moving the cursor by the default focus.
        let x = e.cursorX
        _ = try press(&e, "<Right>")
        #expect(e.cursorX > x)
    }

    @Test func pageKeysMoveThePickerByAPage() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = e.update(.resize(width: 80, height: 24))
        _ = try press(&e, "a<Home>")
        guard case .picker(let top) = e.overlay else { Issue.record("no picker"); return }
        #expect(top.selection == 0)
        let rows = PickerOverlay.rows(for: top, width: 80, height: 24)
        _ = try press(&e, "<PageDown>")
        guard case .picker(let paged) = e.overlay else { Issue.record("no picker"); return }
        // A page less one row, so the last row seen stays in view.
        #expect(paged.selection == rows - 1)
        _ = try press(&e, "<End><PageUp>")
        guard case .picker(let back) = e.overlay else { Issue.record("no picker"); return }
        #expect(back.selection == back.matches.count - 1 - (rows - 1))
        _ = try press(&e, "<Home><Down><Enter>")
        #expect(e.activation == ActivationKind.allCases[1])
    }

    @Test func layerKeysWithOneLayerSaySo() throws {
        var c = TrainingConfiguration.explorerDefault
        c.hiddenLayers = [c.hiddenLayers[0]]
        var options = ExplorerOptions()
        options.configuration = c
        var e = try Explorer(options: options)
        #expect(try press(&e, "l").isEmpty)
        #expect(e.highlightedLayer == 0)
        #expect(e.notice?.text == "one hidden layer only — h and l switch layers")
    }

    @Test func ghostAndLogKeysSayWhenTheyShowNothing() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "g")
        #expect(e.notice?.text == "no earlier run yet — switch or restart to leave one")
        var race = try Explorer(options: ExplorerOptions(preset: .race))
        #expect(race.race != nil)
        _ = try press(&race, "L")
        #expect(race.notice?.text.hasPrefix("a race plots training error") == true)
    }

    @Test func escapeLeavesTheZoomFirst() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "z")
        #expect(e.zoomedPane == .activation)
        _ = try press(&e, "<Esc>")
        #expect(e.zoomedPane == nil)
        #expect(e.notice == nil)
    }
}
