import Testing
@testable import TermPlot

/// The screen's record of clipped strings, and a chart whose legend,
/// read-out and histogram have strips of their own.
@Suite struct ChartStripTests {
    @Test func aClipInsideAWordIsRecordedAsACut() {
        var screen = Screen(width: 20, height: 2)
        screen.put("saturated tails", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 12, height: 1))
        screen.put("dead tails", x: 0, y: 1, clip: Rect(x: 0, y: 1, width: 5, height: 1))
        screen.put("whole", x: 0, y: 1, clip: Rect(x: 10, y: 1, width: 10, height: 1))
        #expect(screen.clippedRuns.count == 3)
        #expect(screen.clippedRuns[0].shown == "saturated ta" && screen.clippedRuns[0].cutsWord)
        #expect(screen.clippedRuns[1].shown == "dead " && !screen.clippedRuns[1].cutsWord, "cut at a space")
        #expect(screen.clippedRuns[2].shown.isEmpty && !screen.clippedRuns[2].cutsWord, "hidden entirely")
        var whole = Screen(width: 20, height: 1)
        whole.put("fits", x: 0, y: 0, clip: whole.bounds)
        #expect(whole.clippedRuns.isEmpty)
    }

    func chart() -> LineChart {
        let xs = (0...100).map { -4 + 8 * Double($0) / 100 }
        var chart = LineChart(xRange: -4...4, series: [ChartSeries(name: "f", xs: xs, ys: xs.map { max(0, $0) }),
                                                       ChartSeries(name: "f′", xs: xs, ys: xs.map { $0 > 0 ? 1 : 0 }, lineStyle: .dotted)],
                              histogram: ChartHistogram(lowerX: -2, upperX: 2, counts: [1, 3, 5, 3, 1], label: "pre-activations of layer 1"),
                              cursor: ChartCursor(x: 1, readout: "x=1.00 f=1.00 f′=1.00"))
        chart.keyPlacement = .strips
        return chart
    }

    @Test(arguments: [(42, 9), (60, 14), (108, 30)])
    func stripsNeverOverlapThePlot(width: Int, height: Int) throws {
        let area = Rect(x: 1, y: 1, width: width, height: height)
        let layout = try #require(chart().stripLayout(area: area, options: .default))
        let histogram = try #require(layout.histogram)
        #expect(histogram.y == layout.plot.maxY && histogram.x == layout.plot.x && histogram.width == layout.plot.width)
        for key in [layout.legend, layout.readout].compactMap({ $0 }) {
            #expect(key.intersection(layout.plot).isEmpty && key.intersection(histogram).isEmpty)
            #expect(key.intersection(area) == key, "inside the chart's area")
        }
        var screen = Screen(width: width + 2, height: height + 2)
        chart().render(into: &screen, area: area, options: .default)
        #expect(screen.clippedRuns.filter(\.cutsWord).isEmpty)
        let text = screen.plainText()
        #expect(text.contains("x=1.00 f=1.00 f′=1.00") && text.contains("━━ f") && text.contains("pre-activations"))
        // Bars in the histogram's strip only.
        for y in 0..<screen.height {
            for x in 0..<screen.width where "▁▂▃▄▅▆▇█".contains(screen[x, y].character) {
                let inLegend = layout.legend?.contains(x: x, y: y) ?? false
                #expect(histogram.contains(x: x, y: y) || inLegend, "a bar at (\(x),\(y))")
            }
        }
    }
}
