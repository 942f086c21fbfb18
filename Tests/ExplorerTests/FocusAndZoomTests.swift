@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Tab moves the focus between the panes; `z` shows the focused pane alone
/// and Esc (or `z` again) brings the others back.
@Suite struct FocusAndZoomTests {
    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    @Test func tabWalksThePanesBothWays() throws {
        var e = try Explorer(options: ExplorerOptions())
        #expect(e.focus == .activation)
        var seen: [Pane] = []
        for _ in Pane.focusOrder {
            _ = try press(&e, "<Tab>")
            seen.append(e.focus)
        }
        #expect(seen == Array(Pane.focusOrder.dropFirst()) + [.activation])
        _ = try press(&e, "<S-Tab>")
        #expect(e.focus == Pane.focusOrder.last)
        // Focus is a view change: it starts nothing.
        #expect(try press(&e, "<Tab>").isEmpty)
        #expect(e.activation == .relu)
    }

    @Test func zoomGivesTheFocusedPaneTheWholeBody() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "<Tab>")
        #expect(try press(&e, "z").isEmpty)
        #expect(e.zoomedPane == .training)
        let zoomed = Layout(width: 100, height: 30, hasBanner: false, layerCount: 2, zoomed: .training)
        #expect(zoomed.shownPanes == [.training])
        #expect(zoomed.training == Rect(x: 0, y: 1, width: 100, height: 28))
        // The zoomed screen holds the training pane's frame across the full width.
        let screen = e.view(width: 100, height: 30)
        #expect(screen.text(ofRow: 1).hasPrefix("┌─ Training"))
        #expect(screen.text(ofRow: 1).hasSuffix("┐"))
        // Tab while zoomed zooms the next pane.
        _ = try press(&e, "<Tab>")
        #expect(e.zoomedPane == .health)
        // Esc leaves the zoom and does not quit.
        #expect(try press(&e, "<Esc>").isEmpty)
        #expect(e.zoomedPane == nil)
        #expect(!e.isFinished)
        _ = try press(&e, "zz")
        #expect(e.zoomedPane == nil)
    }

    @Test func everyPaneZoomsEvenOnASmallScreen() throws {
        for pane in Pane.allCases {
            let layout = Layout(width: 60, height: 20, hasBanner: true, layerCount: 3, bannerLines: 2, zoomed: pane)
            #expect(layout.shownPanes == [pane])
            #expect(layout.rect(for: pane) == Rect(x: 0, y: 3, width: 60, height: 16))
        }
    }

    /// `0` reopens the opening scene's view too: the pane it focused and zoomed.
    @Test func theOpeningSceneBringsBackItsFocusAndZoom() throws {
        var options = ExplorerOptions()
        options.focus = .health
        options.zoomedPane = .data
        var e = try Explorer(options: options)
        _ = try press(&e, "<Esc><Tab><Tab>")
        #expect(e.zoomedPane == nil && e.focus != .health)
        _ = try press(&e, "0")
        #expect(e.focus == .health)
        #expect(e.zoomedPane == .data)
        #expect(e.scene.view == e.openingScene?.view)
    }
}
