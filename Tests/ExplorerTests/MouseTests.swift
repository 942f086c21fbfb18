import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// The mouse, hit-tested in pure code against the layout the view draws.
@Suite struct MouseTests {
    static let width = 100, height = 30

    func opened(_ options: ExplorerOptions = ExplorerOptions()) throws -> Explorer {
        var e = try Explorer(options: options)
        _ = e.update(.resize(width: Self.width, height: Self.height))
        return e
    }

    func click(_ e: inout Explorer, _ x: Int, _ y: Int, _ button: MouseEvent.Button = .left,
               _ kind: MouseEvent.Kind = .press) -> [Effect] {
        e.update(.mouse(MouseEvent(x: x, y: y, button: button, kind: kind)))
    }

    func layout(_ e: Explorer) -> Layout { e.screenLayout(width: Self.width, height: Self.height) }

    /// A cell in the middle of `pane`.
    func centre(of pane: Pane, _ e: Explorer) throws -> (Int, Int) {
        let r = try #require(layout(e).rect(for: pane))
        return (r.x + r.width / 2, r.y + r.height / 2)
    }

    @Test func aClickFocusesThePaneUnderIt() throws {
        var e = try opened()
        // Every pane on screen (the network pane has its column from 120×40).
        let shown = Pane.focusOrder.filter { layout(e).rect(for: $0) != nil }
        #expect(shown.count == 5)
        for pane in shown.reversed() {
            let (x, y) = try centre(of: pane, e)
            #expect(click(&e, x, y).isEmpty)
            #expect(e.focus == pane, "\(pane)")
        }
        // The header and a release do nothing.
        _ = click(&e, 5, 0)
        #expect(e.focus == .activation)
        let (x, y) = try centre(of: .health, e)
        _ = click(&e, x, y, .left, .release)
        #expect(e.focus == .activation)
    }

    @Test func aDoubleClickZoomsThePaneAndBack() throws {
        var e = try opened()
        let (x, y) = try centre(of: .training, e)
        _ = click(&e, x, y)
        _ = click(&e, x, y, .left, .doubleClick)
        #expect(e.zoomedPane == .training)
        #expect(e.view(width: Self.width, height: Self.height).text(ofRow: 1).hasPrefix("┌─ Training"))
        // Zoomed, the pane fills the body; a double-click anywhere in it comes back.
        _ = click(&e, 3, Self.height - 3, .left, .doubleClick)
        #expect(e.zoomedPane == nil)
    }

    @Test func aClickInThePlotPutsTheCursorThere() throws {
        var e = try opened()
        let area = try #require(layout(e).activation)
        let pane = ActivationPane(explorer: e)
        let geometry = try #require(pane.plotGeometry(in: area, options: e.renderOptions))
        // The leftmost plotted column is the left edge of the x range; the middle is near 0.
        _ = click(&e, geometry.plot.x, geometry.plot.y + 2)
        #expect(abs(e.cursorX - -e.halfWidth) < 0.2)
        _ = click(&e, geometry.plot.x + geometry.plot.width / 2, geometry.plot.maxY - 1)
        #expect(abs(e.cursorX) < 0.3)
        // The read-out follows to where the cursor line is drawn.
        let screen = e.view(width: Self.width, height: Self.height)
        // (The read-out sits above the plot or on the pane's bottom edge.)
        let paneRows = (area.y..<area.maxY).map { String(screen.text(ofRow: $0).dropFirst(area.x).prefix(area.width)) }
        #expect(paneRows.contains { $0.contains("x=0") || $0.contains("x=-0") })
        // Outside the plotted area (the y labels) the cursor stays.
        let before = e.cursorX
        _ = click(&e, area.x + 2, geometry.plot.y + 2)
        #expect(e.cursorX == before)
        #expect(e.focus == .activation)
    }

    /// The plot's geometry is where the chart draws its axes: the y axis one
    /// column left of the plot, the x axis's corner just below it.
    @Test func theHitTestMatchesWhereTheChartDraws() throws {
        for (w, h) in [(80, 24), (100, 30), (160, 48)] {
            var e = try Explorer(options: ExplorerOptions())
            _ = e.update(.resize(width: w, height: h))
            let area = try #require(e.screenLayout(width: w, height: h).activation)
            let pane = ActivationPane(explorer: e)
            let geometry = try #require(pane.plotGeometry(in: area, options: e.renderOptions))
            let screen = e.view(width: w, height: h)
            #expect(screen[geometry.plot.x - 1, geometry.plot.maxY].character == "└", "\(w)×\(h)")
            #expect("─┬".contains(screen[geometry.plot.x, geometry.plot.maxY].character), "\(w)×\(h)")
            #expect("─┬".contains(screen[geometry.plot.maxX - 1, geometry.plot.maxY].character), "\(w)×\(h)")
            #expect(screen[geometry.plot.maxX, geometry.plot.maxY].character != "─", "\(w)×\(h)")
        }
    }

    @Test func theWheelZoomsTheXRange() throws {
        var e = try opened()
        let (x, y) = try centre(of: .activation, e)
        _ = click(&e, x, y, .wheelUp)
        #expect(e.halfWidth == 3)
        _ = click(&e, x, y, .wheelDown)
        _ = click(&e, x, y, .wheelDown)
        #expect(e.halfWidth == 12)
        // Over a pane with nothing to zoom it says what it does.
        let (nx, ny) = try centre(of: .notes, e)
        _ = click(&e, nx, ny, .wheelUp)
        #expect(e.halfWidth == 12)
        #expect(e.notice?.text == "the wheel zooms the activation plot's x range")
    }

    @Test func aClickOnALayerRowHighlightsIt() throws {
        var c = TrainingConfiguration.explorerDefault
        c.hiddenLayers = Array(repeating: c.hiddenLayers[0], count: 4)
        var options = ExplorerOptions()
        options.configuration = c
        var e = try opened(options)
        var snapshot = TrainingSnapshot()
        snapshot.run = e.run
        snapshot.layers = (0..<4).map { _ in
            var layer = LayerDiagnostics()
            layer.activation = .relu
            layer.unitCount = 32
            return layer
        }
        _ = e.update(.training(snapshot))
        let area = try #require(layout(e).health)
        let screen = e.view(width: Self.width, height: Self.height)
        // Find the row that shows layer 3 and click it.
        let row = try #require((area.y..<area.maxY).first { screen.text(ofRow: $0).contains(" 3  ") })
        _ = click(&e, area.x + 3, row)
        #expect(e.highlightedLayer == 2)
        #expect(e.focus == .health)
        #expect(e.view(width: Self.width, height: Self.height).text(ofRow: row).contains("▶3"))
        // The column header is not a row.
        _ = click(&e, area.x + 3, area.y + 1)
        #expect(e.highlightedLayer == 2)
    }

    @Test func aClickOnAKeyHintRunsItsKey() throws {
        var e = try opened()
        let bar = try #require(layout(e).status)
        let screen = e.view(width: Self.width, height: Self.height)
        let text = screen.text(ofRow: bar.y)
        func column(of hint: String) throws -> Int {
            let range = try #require(text.range(of: hint))
            return text.distance(from: text.startIndex, to: range.lowerBound)
        }
        _ = click(&e, try column(of: "?:help"), bar.y)
        #expect(e.overlay == .help)
        // Any click closes the help, as any key does.
        _ = click(&e, 1, 1)
        #expect(e.overlay == nil)
        #expect(click(&e, try column(of: "Space:pause"), bar.y) == [.pauseTraining])
        _ = click(&e, try column(of: "a:all"), bar.y)
        #expect(e.overlay != nil)
        e.overlay = nil
        // Between hints nothing happens.
        #expect(click(&e, try column(of: "q:quit") - 1, bar.y).isEmpty)
        #expect(click(&e, try column(of: "q:quit"), bar.y) == [.quit])
    }

    @Test func aClickInThePickerChoosesThatActivation() throws {
        var e = try opened()
        _ = e.update(.key(.character("a")))
        let screen = e.view(width: Self.width, height: Self.height)
        let (row, start) = try #require((0..<Self.height).lazy.compactMap { y -> (Int, Int)? in
            let text = screen.text(ofRow: y)
            guard let r = text.range(of: " tanh ") else { return nil }
            return (y, text.distance(from: text.startIndex, to: r.lowerBound) + 1)
        }.first)
        let effects = click(&e, start, row)
        #expect(e.overlay == nil)
        #expect(e.activation == .tanh)
        #expect(effects == [.startTraining(e.configuration, run: e.run)])
        // A click beside the window closes it and changes nothing.
        _ = e.update(.key(.character("a")))
        _ = click(&e, 0, Self.height / 2)
        #expect(e.overlay == nil)
        #expect(e.activation == .tanh)
    }
}
