import Foundation
import Testing
@testable import TermPlot

@Suite struct LineChartTests {
    static func render(_ chart: LineChart, width: Int = 80, height: Int = 24,
                       options: RenderOptions = RenderOptions()) -> Screen {
        var screen = Screen(width: width, height: height)
        chart.render(into: &screen, area: screen.bounds, options: options)
        return screen
    }

    static func isBraille(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return v > 0x2800 && v <= 0x28FF
    }

    @Test func axesTicksTitleAndLegendAppear() {
        let text = Self.render(ChartSamples.sigmoidChart).plainText()
        #expect(text.contains("Sigmoid"))
        #expect(text.contains("f′(x)"))
        #expect(text.contains("saturated"))
        for label in ["-6", "-4", "-2", "0", "2", "4", "6", "0.2", "0.8", "1"] { #expect(text.contains(label)) }
        #expect(text.contains("└"))
    }

    @Test func curvesFollowTheData() {
        // y = x on a square range: dots rise to the right.
        let xs = ChartSamples.xs(0...1)
        let chart = LineChart(xRange: 0...1, yRange: 0...1, series: [ChartSeries(name: "id", xs: xs, ys: xs)],
                              showsLegend: false, showsZeroLines: false)
        let screen = Self.render(chart, width: 40, height: 20)
        var rowOfColumn: [Int: Int] = [:]
        for y in 0..<screen.height { for x in 0..<screen.width where Self.isBraille(screen[x, y].character) { rowOfColumn[x] = y } }
        let columns = rowOfColumn.keys.sorted()
        #expect(columns.count > 20)
        for (a, b) in zip(columns, columns.dropFirst()) { #expect(rowOfColumn[a]! >= rowOfColumn[b]!) }
    }

    @Test func nonFiniteSamplesLeaveAGapAndNeverCrash() {
        let xs = ChartSamples.xs(0...10, count: 101)
        let ys = xs.map { $0 > 4 && $0 < 6 ? Double.nan : 0.5 }
        let chart = LineChart(xRange: 0...10, yRange: 0...1, series: [ChartSeries(name: "g", xs: xs, ys: ys)],
                              showsLegend: false, showsZeroLines: false)
        var screen = Screen(width: 60, height: 16)
        chart.render(into: &screen, area: screen.bounds, options: RenderOptions())
        let mapping = Self.mapping(of: chart, in: screen)
        let gap = mapping.column(forX: 5)!
        let solid = mapping.column(forX: 2)!
        #expect(!(0..<screen.height).contains { Self.isBraille(screen[gap, $0].character) })
        #expect((0..<screen.height).contains { Self.isBraille(screen[solid, $0].character) })

        let hostile = LineChart(series: [ChartSeries(name: "bad", xs: [.nan, 1, .infinity, 2, 3], ys: [1, .nan, 2, -.infinity, 1e308])])
        _ = Self.render(hostile, width: 30, height: 10)
        let empty = LineChart(title: "nothing", series: [ChartSeries(name: "none", xs: [1, 2], ys: [.nan, .nan])])
        #expect(Self.render(empty, width: 30, height: 10).plainText().contains("nothing"))
    }

    @Test func logScaleSkipsNonPositiveValuesAndLabelsDecades() {
        let screen = Self.render(ChartSamples.lossChart)
        let text = screen.plainText()
        // The loss runs from 2.3 down to about 5e-3.
        for label in ["1", "0.1", "0.01"] {
            #expect(text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label + "┤") })
        }
        let onlyBad = LineChart(yScale: .log10, series: [ChartSeries(name: "z", xs: [0, 1, 2], ys: [0, -1, 0])],
                                showsLegend: false, showsZeroLines: false)
        let blank = Self.render(onlyBad, width: 40, height: 12)
        #expect(!blank.cells.contains { Self.isBraille($0.character) })
        let onePositive = LineChart(yScale: .log10, series: [ChartSeries(name: "z", xs: [0, 1, 2], ys: [0, 0.5, 0])],
                                    showsLegend: false, showsZeroLines: false)
        #expect(Self.render(onePositive, width: 40, height: 12).cells.contains { Self.isBraille($0.character) })
    }

    @Test func automaticRangeIsPaddedAndFixedRangeIsKept() {
        let chart = LineChart(series: [ChartSeries(name: "s", xs: [0, 1], ys: [0, 1])])
        let auto = chart.yDomain()
        #expect(auto.lowerBound < 0 && auto.lowerBound > -0.2)
        #expect(auto.upperBound > 1 && auto.upperBound < 1.2)
        var fixed = chart
        fixed.yRange = -2...3
        #expect(fixed.yDomain() == -2...3)
        var log = chart
        log.yScale = .log10
        log.series = [ChartSeries(name: "s", xs: [0, 1], ys: [0.01, 100])]
        #expect(log.yDomain().lowerBound < -2 && log.yDomain().upperBound > 2)
    }

    @Test func seriesGetDistinctColoursAndTheFirstIsInFront() {
        // Two identical series: every shared cell takes the first one's colour.
        let xs = ChartSamples.xs(0...1)
        let chart = LineChart(series: [ChartSeries(name: "a", xs: xs, ys: xs), ChartSeries(name: "b", xs: xs, ys: xs)],
                              showsLegend: false)
        let theme = Theme.dark
        let screen = Self.render(chart, width: 40, height: 12, options: RenderOptions(theme: theme))
        let curveColours = Set(screen.cells.filter { Self.isBraille($0.character) }.map(\.style.foreground))
        #expect(curveColours == [theme.palette[0]])
        // Different data: both colours show.
        let apart = LineChart(series: [ChartSeries(name: "a", xs: xs, ys: xs), ChartSeries(name: "b", xs: xs, ys: xs.map { 1 - $0 })],
                              showsLegend: false)
        let both = Set(Self.render(apart, width: 40, height: 12).cells.filter { Self.isBraille($0.character) }.map(\.style.foreground))
        #expect(both == [theme.palette[0], theme.palette[1]])
    }

    @Test func ghostSeriesStayBehindAndDim() {
        let xs = ChartSamples.xs(0...1)
        let chart = LineChart(series: [ChartSeries(name: "ghost", xs: xs, ys: xs, isDimmed: true),
                                       ChartSeries(name: "now", xs: xs, ys: xs)], showsLegend: false)
        let screen = Self.render(chart, width: 40, height: 12)
        let curve = screen.cells.filter { Self.isBraille($0.character) }
        #expect(!curve.isEmpty)
        #expect(curve.allSatisfy { $0.style.foreground == Theme.dark.palette[1] && !$0.style.attributes.contains(.dim) })
    }

    @Test func withoutColourSeriesDifferByGlyph() {
        let screen = Self.render(ChartSamples.sigmoidChart, options: RenderOptions(color: false))
        #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        #expect(screen.cells.contains { Self.isBraille($0.character) })
        #expect(screen.cells.contains { $0.character == LineChart.unicodeMarkers[0] })
        let ascii = Self.render(ChartSamples.sigmoidChart, options: RenderOptions(unicode: false, color: false))
        #expect(ascii.cells.contains { $0.character == LineChart.asciiMarkers[0] })
        // Saturated ranges are marked on the x axis.
        #expect(ascii.plainText().contains("~~~"))
    }

    @Test func regionsShadeTheBackgroundInColour() {
        let screen = Self.render(ChartSamples.reluChart)
        let mapping = Self.mapping(of: ChartSamples.reluChart, in: screen)
        let left = mapping.column(forX: -3)!, right = mapping.column(forX: 3)!
        let row = mapping.plot.y + mapping.plot.height / 2
        #expect(screen[left, row].style.background == Theme.dark.deadShade)
        #expect(screen[right, row].style.background == .default)
        #expect(screen.plainText().contains("dead"))
    }

    @Test func asciiModeEmitsOnlyASCII() {
        var chart = ChartSamples.histogramChart
        chart.title = "tanh — 하이퍼볼릭 탄젠트 σ′"
        chart.regions = [ShadedRegion(lowerX: -4, upperX: -2, kind: .saturated), ShadedRegion(lowerX: 2, upperX: 4, kind: .dead)]
        for color in [true, false] {
            for theme in Theme.all {
                let options = RenderOptions(unicode: false, color: color, theme: theme)
                var screen = Screen(width: 70, height: 20)
                chart.render(into: &screen, area: screen.bounds, options: options)
                Frame(title: "활성화").render(into: &screen, area: Rect(x: 0, y: 0, width: 10, height: 4), options: options)
                BarMeter(label: "죽은", share: 0.37).render(into: &screen, area: Rect(x: 0, y: 18, width: 30, height: 1), options: options)
                HeatMap(grid: [[0, 1], [nil, 2]]).render(into: &screen, area: Rect(x: 40, y: 18, width: 2, height: 1), options: options)
                TextBlock("가나 다라").render(into: &screen, area: Rect(x: 60, y: 18, width: 10, height: 2), options: options)
                #expect(screen.plainText().utf8.allSatisfy { $0 < 0x80 })
                #expect(screen.ansiText().utf8.allSatisfy { $0 < 0x80 })
            }
        }
    }

    @Test func noColourModeEmitsNoColour() {
        let options = RenderOptions(color: false)
        for chart in [ChartSamples.sigmoidChart, ChartSamples.reluChart, ChartSamples.lossChart, ChartSamples.histogramChart] {
            var screen = Screen(width: 80, height: 24)
            chart.render(into: &screen, area: screen.bounds, options: options)
            BarMeter(label: "x", share: 0.5).render(into: &screen, area: Rect(x: 0, y: 23, width: 20, height: 1), options: options)
            HeatMap(grid: [[0, 1], [2, 3]]).render(into: &screen, area: Rect(x: 30, y: 23, width: 2, height: 1), options: options)
            #expect(screen.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
            let ansi = screen.ansiText()
            #expect(!ansi.contains("38;5;") && !ansi.contains("48;5;"))
        }
    }

    @Test func cursorDrawsALineAndAReadout() {
        let screen = Self.render(ChartSamples.histogramChart, width: 70, height: 20)
        let text = screen.plainText()
        // tanh(0.5) = 0.462
        #expect(text.contains("x=0.5  f=0.462"))
        let mapping = Self.mapping(of: ChartSamples.histogramChart, in: screen)
        let column = mapping.column(forX: 0.5)!
        let lines = (mapping.plot.y..<mapping.plot.maxY).filter { screen[column, $0].character == "│" }
        #expect(lines.count >= mapping.plot.height / 2)
        // Histogram blocks sit on the bottom row of the plot.
        let bottom = mapping.plot.maxY - 1
        #expect((mapping.plot.x..<mapping.plot.maxX).contains { "▁▂▃▄▅▆▇█".contains(screen[$0, bottom].character) })
    }

    @Test func readoutInterpolatesBetweenSamples() {
        let chart = LineChart(series: [ChartSeries(name: "f", xs: [0, 1], ys: [0, 2]), ChartSeries(name: "g", xs: [0, 1], ys: [.nan, 1])])
        #expect(chart.readout(at: 0.25) == "x=0.25  f=0.5  g=–")
    }

    @Test func legendAvoidsTheCurve() {
        // A curve hugging the top: the legend goes to a bottom corner.
        let xs = ChartSamples.xs(0...1)
        let chart = LineChart(yRange: 0...1, series: [ChartSeries(name: "top", xs: xs, ys: xs.map { _ in 0.97 })],
                              showsZeroLines: false)
        let screen = Self.render(chart, width: 40, height: 12)
        let row = (0..<screen.height).first { screen.text(ofRow: $0).contains("top") }
        #expect(row != nil && row! > screen.height / 2)
    }

    @Test func longTitlesAreCutWithAnEllipsis() {
        var chart = ChartSamples.sigmoidChart
        chart.title = "활성화 함수: 시그모이드는 양 끝에서 포화되어 기울기가 사라진다"
        let screen = Self.render(chart, width: 30, height: 10)
        let top = screen.text(ofRow: 0).trimmingTrailingSpaces()
        #expect(top.hasSuffix("…"))
        #expect(CharacterWidth.of(top) <= 30)
        #expect(LineChart.truncated("abcdef", to: 4, ellipsis: "...") == "a...")
        #expect(LineChart.truncated("가나다", to: 4, ellipsis: "…") == "가…")
        #expect(LineChart.truncated("abc", to: 3, ellipsis: "…") == "abc")
    }

    @Test func tinyAreasDoNotCrash() {
        for (w, h) in [(0, 0), (1, 1), (5, 3), (16, 6), (20, 8), (17, 7)] {
            var screen = Screen(width: w, height: h)
            ChartSamples.sigmoidChart.render(into: &screen, area: screen.bounds, options: RenderOptions())
            ChartSamples.lossChart.render(into: &screen, area: Rect(x: -3, y: -3, width: w + 6, height: h + 6), options: RenderOptions())
        }
    }

    static func mapping(of chart: LineChart, in screen: Screen) -> Mapping {
        // Rebuild the plot rectangle from the drawn y axis: the column of `└`.
        var corner = (0, 0)
        for y in 0..<screen.height { for x in 0..<screen.width where screen[x, y].character == "└" { corner = (x, y) } }
        let top = (0..<corner.1).first { "│┤".contains(screen[corner.0, $0].character) } ?? 0
        let plot = Rect(x: corner.0 + 1, y: top, width: screen.width - corner.0 - 2, height: corner.1 - top)
        let ys = chart.yDomain(), xs = chart.xDomain()
        return Mapping(xLower: xs.lowerBound, xUpper: xs.upperBound, yLower: ys.lowerBound, yUpper: ys.upperBound, plot: plot)
    }
}
