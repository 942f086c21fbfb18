import Activations
@testable import Explorer
import ExplorerRuntime
import NeuralNet
import TermPlot
import Testing

/// The network pane: golden screens with dead tiles marked, the marks
/// without colour, and tiles that shrink and scroll without overlapping.
@Suite struct NetworkPaneTests {
    func driver(_ options: ExplorerOptions, steps: Int, script: String = "") throws -> HeadlessDriver {
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.send(.costs(GoldenScreenTests.costs))
        try d.train(steps: steps)
        try d.play(KeyNotation.parseScript(script))
        return d
    }

    static var deadReLU: ExplorerOptions {
        var options = GoldenScreenTests.plain
        options.preset = .deadReLU
        return options
    }

    /// Body rows of the network pane at a size, from the layout.
    func networkText(_ screen: Screen, width: Int, height: Int, explorer: Explorer) -> String {
        let layout = Layout(width: width, height: height, hasBanner: explorer.showsBanner,
                            layerCount: explorer.configuration.hiddenSizes.count,
                            bannerLines: explorer.bannerLines(width: width - 2, height: height, options: explorer.renderOptions).banner.count
                                + explorer.bannerLines(width: width - 2, height: height, options: explorer.renderOptions).setup.count)
        guard let area = layout.network else { return "" }
        return (area.y..<area.maxY).map { row in
            String(screen.text(ofRow: row).dropFirst(area.x).prefix(area.width))
        }.joined(separator: "\n")
    }

    @Test func deadReLUAt120x40MarksDeadTiles() throws {
        let d = try driver(Self.deadReLU, steps: 48)
        let screen = d.render(width: 120, height: 40)
        let pane = networkText(screen, width: 120, height: 40, explorer: d.explorer)
        #expect(pane.contains("Network: 64-64"))
        let dead = d.explorer.snapshot?.layers.map { $0.unitStates.filter { $0 == .dead }.count } ?? []
        #expect(dead.reduce(0, +) > 0)
        // Every dead unit in view carries its mark (and the legend one).
        #expect(pane.filter { $0 == "✕" }.count == dead.reduce(0, +) + 1)
        Golden.check(screen.plainText(), named: "network-dead-relu-120x40.txt")
    }

    @Test func deadReLUAt200x60() throws {
        let d = try driver(Self.deadReLU, steps: 48)
        Golden.check(d.render(width: 200, height: 60).plainText(), named: "network-dead-relu-200x60.txt")
    }

    @Test func enlargedTileWithItsHistogram() throws {
        let d = try driver(GoldenScreenTests.plain, steps: 60, script: "<Tab><Tab><Tab><Tab><Down><Enter>")
        #expect(d.explorer.focus == .network && d.explorer.enlargesTile)
        let screen = d.render(width: 120, height: 40)
        let text = screen.plainText()
        #expect(text.contains("pre-activations z"))
        #expect(text.contains("layer 1 unit 2"))
        Golden.check(screen.plainText(), named: "network-enlarged-120x40.txt")
    }

    /// Without colour the marks and the scale are glyphs, so they survive
    /// mono and 8-colour terminals.
    @Test func marksSurviveWithoutColour() throws {
        var options = Self.deadReLU
        options.color = false
        let d = try driver(options, steps: 48)
        let pane = networkText(d.render(width: 120, height: 40), width: 120, height: 40, explorer: d.explorer)
        #expect(pane.contains("✕"))
        #expect(pane.contains("=-~, .:+# ±"))
        options.unicode = false
        let ascii = try driver(options, steps: 48)
        let text = networkText(ascii.render(width: 120, height: 40), width: 120, height: 40, explorer: ascii.explorer)
        #expect(text.contains("xdead") && text.unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test func smallScreensReachThePaneByZoom() throws {
        let layout = Layout(width: 100, height: 30, hasBanner: false, layerCount: 2)
        #expect(layout.network == nil)
        let full = Layout(width: 120, height: 40, hasBanner: false, layerCount: 2)
        #expect(full.network != nil)
        let d = try driver(GoldenScreenTests.plain, steps: 20, script: "<Tab><Tab><Tab><Tab>z")
        #expect(d.explorer.zoomedPane == .network)
        #expect(d.render(width: 80, height: 24).text(ofRow: 1).hasPrefix("┌─ Network: 32-32"))
    }

    /// Every visible tile lies inside the body and no two overlap, however
    /// deep or wide the net; units scrolled out of view are counted.
    @Test(arguments: [[2], [8, 8, 8, 8, 8, 8], [64, 64], [64, 64, 64, 64, 64, 64, 64, 64], [1, 64, 3]])
    func tilesNeverOverlap(_ units: [Int]) {
        for (width, height) in [(34, 30), (58, 50), (20, 8), (78, 20)] {
            for (layer, unit) in [(0, 0), (units.count - 1, units.last! - 1)] {
                let g = NetworkPane.Geometry(width: width, height: height, unitCounts: units, layer: layer, unit: unit)
                var taken = Set<Int>()
                for l in g.layers {
                    for u in 0..<units[l] {
                        guard let o = g.origin(layer: l, unit: u) else { continue }
                        #expect(o.x >= 1 && o.x + g.tileColumns <= width && o.y >= 0 && o.y + g.tileRows <= height,
                                "\(units) at \(width)×\(height): unit \(u) of layer \(l)")
                        for dx in 0..<g.tileColumns {
                            for dy in 0..<g.tileRows {
                                #expect(taken.insert((o.y + dy) * 1000 + o.x + dx).inserted)
                            }
                        }
                    }
                }
                // The highlighted unit is always in view.
                #expect(g.origin(layer: layer, unit: unit) != nil, "\(units) at \(width)×\(height)")
            }
        }
    }

    @Test func scaleLevelsAreSymmetricAroundZero() {
        #expect(NetworkPane.level(0, scale: 2) == NetworkPane.levels / 2)
        #expect(NetworkPane.level(2, scale: 2) == NetworkPane.levels - 1)
        #expect(NetworkPane.level(-2, scale: 2) == 0)
        #expect(NetworkPane.level(-9, scale: 2) == 0)
        #expect(NetworkPane.level(1, scale: 0) == NetworkPane.levels / 2)
        #expect(NetworkPane.level(.nan, scale: 1) == NetworkPane.levels / 2)
    }

    @Test func digitsShowWeightImagesAndMistakes() throws {
        var options = GoldenScreenTests.plain
        options.dataset = .digits
        let d = try driver(options, steps: 30, script: "<Tab><Tab><Tab><Tab>z")
        let text = d.render(width: 120, height: 40).plainText()
        #expect(text.contains("first-layer units' incoming weights"))
        #expect(text.contains("misclassified test examples"))
        #expect(text.contains("→"))
    }
}
