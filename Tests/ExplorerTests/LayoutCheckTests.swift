import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Every scene at the five tested sizes: no word is cut at a pane's edge
/// (the screen records each string it could not show whole), and in the
/// activation plot the read-out, the legend and the curves keep to their
/// own cells.
@Suite struct LayoutCheckTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (160, 48), (200, 60)]
    static let scenes: [TrainingPreset?] = [nil] + TrainingPreset.allCases

    static func driver(_ preset: TrainingPreset?, language: Language = .english, steps: Int = 4) throws -> HeadlessDriver {
        var options = ExplorerOptions(showsTiming: false)
        options.preset = preset
        options.language = language
        var d = try HeadlessDriver(options: options)
        try d.send(.costs(GoldenScreenTests.costs))
        try d.train(steps: steps)
        return d
    }

    static func cutWords(_ screen: Screen) -> [String] {
        screen.clippedRuns.filter(\.cutsWord).map { "(\($0.x),\($0.y)) \"\($0.text)\" shown \"\($0.shown)\"" }
    }

    @Test(arguments: [Language.english, .korean])
    func noWordIsCutAtAnyTestedSize(language: Language) throws {
        for preset in Self.scenes {
            let d = try Self.driver(preset, language: language)
            for (w, h) in Self.sizes {
                let cut = Self.cutWords(d.render(width: w, height: h))
                #expect(cut.isEmpty, "\(preset?.name ?? "default") \(w)×\(h): \(cut.joined(separator: "; "))")
            }
        }
    }

    @Test(arguments: [Language.english, .korean])
    func noWordIsCutInTheWindows(language: Language) throws {
        var d = try Self.driver(nil, language: language, steps: 0)
        for (keys, window) in [("?", "help"), ("<Right>", "glossary"), ("<Esc>a", "picker"), ("gelu", "picker, filtered")] {
            try d.play(KeyNotation.parseScript(keys))
            for (w, h) in Self.sizes {
                let cut = Self.cutWords(d.render(width: w, height: h))
                #expect(cut.isEmpty, "\(window) \(w)×\(h): \(cut.joined(separator: "; "))")
            }
        }
    }

    /// Where the activation pane is on a screen of this size.
    static func activationArea(_ e: Explorer, width: Int, height: Int) -> Rect? {
        e.screenLayout(width: width, height: height).activation
    }

    static func isBraille(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { $0.value > 0x2800 && $0.value <= 0x28FF } ?? false
    }

    @Test func readoutLegendAndCurvesKeepToTheirOwnCells() throws {
        for preset in Self.scenes {
            let d = try Self.driver(preset)
            for (w, h) in Self.sizes {
                let e = d.explorer
                let screen = d.render(width: w, height: h)
                let label = "\(preset?.name ?? "default") \(w)×\(h)"
                let area = try #require(Self.activationArea(e, width: w, height: h), "\(label): no activation pane")
                let chart = try #require(ActivationPane(explorer: e).chartLayout(area: area, options: e.renderOptions),
                                         "\(label): no chart")
                let plotted = [chart.plot] + (chart.histogram.map { [$0] } ?? [])
                for key in [chart.legend, chart.readout].compactMap({ $0 }) {
                    for rect in plotted {
                        #expect(key.intersection(rect).isEmpty, "\(label): \(key) overlaps \(rect)")
                    }
                }
                // Curves are drawn in the plot only, and the legend holds text, not dots.
                let inner = Frame.inner(of: area)
                for y in inner.y..<inner.maxY {
                    for x in inner.x..<inner.maxX where Self.isBraille(screen[x, y].character) {
                        #expect(chart.plot.contains(x: x, y: y), "\(label): a curve cell at (\(x),\(y)) outside the plot")
                    }
                }
                if let legend = chart.legend {
                    let text = (legend.y..<legend.maxY).map { screen.text(ofRow: $0) }.joined()
                    #expect(text.contains("f′"), "\(label): the legend names f′")
                }
                // The read-out is on screen whole: above the plot or on the frame's edge.
                let x = NumberText.compact(e.cursorX)
                let rows = (area.y..<area.maxY).map { screen.text(ofRow: $0) }
                #expect(rows.contains { $0.contains("x=\(x) f=") }, "\(label): the read-out x=\(x) is shown")
            }
        }
    }

    @Test func panesLeftOutAreNamedInTheStatusBar() throws {
        let d = try Self.driver(nil)
        let small = d.render(width: 80, height: 24)
        #expect(small.text(ofRow: 23).contains("Notes hidden — Tab/z to zoom"))
        let tiny = d.render(width: 60, height: 20)
        #expect(tiny.text(ofRow: 19).contains("Health, data, notes hidden"))
        let large = d.render(width: 120, height: 40)
        #expect(!large.text(ofRow: 39).contains("hidden"))
    }

    @Test func aNoticeTakesTheRightOfTheBarAndLeavesTheFirstHints() throws {
        var d = try Self.driver(nil)
        try d.press([.character("+")])
        for width in [80, 100] {
            let bar = d.render(width: width, height: 30).text(ofRow: 29)
            #expect(bar.contains("?:help  q:quit  Space:pause"), "\(width): \(bar)")
            #expect(bar.contains("learning rate 0.02"), "\(width): \(bar)")
        }
    }

    @Test func deepNetsCountTheLayersThatDoNotFit() throws {
        let d = try Self.driver(.seluDeep)
        let text = d.render(width: 100, height: 30).plainText()
        #expect(text.contains("↓ +"), "the health pane says how many layers are below")
        let zoomed = try { () throws -> String in
            var z = d
            try z.press([.tab, .tab, .character("z")])
            return z.render(width: 100, height: 30).plainText()
        }()
        #expect(zoomed.contains("▶1") && zoomed.contains(" 16 "), "zoomed, all 16 layers show")
    }

    @Test func preluSaysWhatItsLearnedAlphaIs() throws {
        var options = ExplorerOptions(showsTiming: false)
        options.activation = .prelu
        var d = try HeadlessDriver(options: options)
        try d.train(steps: 4)
        let wide = d.render(width: 100, height: 30).plainText()
        #expect(wide.contains("learned α ") && wide.contains(" over units)"), "\(wide)")
        // Narrow, the glossary's short form, whole, and the range gives way.
        let narrow = d.render(width: 80, height: 24).plainText()
        #expect(narrow.contains("learned α ") && narrow.contains(" (units "), "\(narrow)")
    }
}
