import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Every size renders without trapping and stays inside its bounds.
@Suite struct ResizeTests {
    func trainedExplorer(_ options: ExplorerOptions) throws -> Explorer {
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.train(steps: 6)
        return d.explorer
    }

    @Test(arguments: [
        ExplorerOptions(showsTiming: false),
        ExplorerOptions(preset: TrainingPreset(rawValue: "selu-deep")!, language: .korean, unicode: false, showsTiming: false),
    ])
    func everySmallSizeRenders(options: ExplorerOptions) throws {
        var e = try trainedExplorer(options)
        for overlay in [nil, Key.character("?"), Key.character("a")] {
            if let overlay { _ = e.update(.key(overlay)) }
            for w in 1...30 {
                for h in 1...12 {
                    let screen = e.view(width: w, height: h)
                    #expect(screen.width == w && screen.height == h)
                    #expect(screen.cells.count == w * h)
                    for y in 0..<h {
                        #expect(CharacterWidth.of(screen.text(ofRow: y)) <= w)
                    }
                }
            }
            if overlay != nil { _ = e.update(.key(.escape)) }
        }
        #expect(e.view(width: 0, height: 0).cells.isEmpty)
        #expect(e.view(width: -3, height: 5).width == 0)
    }

    @Test func tooSmallSaysSoAndNamesTheMinimum() throws {
        let e = try Explorer(options: ExplorerOptions())
        let text = e.view(width: 30, height: 10).plainText()
        #expect(text.contains("too small"))
        #expect(text.contains("30×10"))
        #expect(text.contains("\(Layout.minimumWidth)×\(Layout.minimumHeight)"))
        #expect(!e.view(width: 80, height: 24).plainText().contains("too small"))
    }

    @Test func panesDegradeWithSize() {
        // At 80×24 the notes give way to a data pane of 12 rows and say so.
        let compact = Layout(width: 80, height: 24, hasBanner: true, layerCount: 2)
        #expect([compact.activation, compact.training, compact.health, compact.data].allSatisfy { $0 != nil })
        #expect(compact.notes == nil && compact.hiddenPanes == [.notes])
        let full = Layout(width: 100, height: 30, hasBanner: true, layerCount: 2)
        #expect([full.activation, full.training, full.health, full.data, full.notes].allSatisfy { $0 != nil })
        #expect(full.hiddenPanes.isEmpty)
        let small = Layout(width: 79, height: 24, hasBanner: false, layerCount: 2)
        #expect(small.activation != nil && small.training != nil && small.health == nil && small.notes == nil)
        let tiny = Layout(width: 40, height: 12, hasBanner: false, layerCount: 2)
        #expect(tiny.activation != nil && tiny.training == nil)
        #expect(Layout(width: 39, height: 30, hasBanner: false, layerCount: 2).isTooSmall)
        // No pane overlaps another or leaves the screen.
        for (w, h) in [(80, 24), (160, 48), (100, 30), (79, 40), (45, 13)] {
            let l = Layout(width: w, height: h, hasBanner: true, layerCount: 16)
            let rects = [l.header, l.banner, l.status, l.activation, l.training, l.health, l.data, l.notes].compactMap { $0 }
            for (i, a) in rects.enumerated() {
                #expect(a.x >= 0 && a.y >= 0 && a.maxX <= w && a.maxY <= h)
                for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty) }
            }
        }
    }
}
