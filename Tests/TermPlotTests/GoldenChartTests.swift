import GoldenFiles
import Testing
@testable import TermPlot

/// Whole charts compared as plain text with files in `Golden/`. Regenerate
/// on purpose with `ACTVIEW_UPDATE_GOLDEN=1 swift test --filter TermPlotTests`.
@Suite struct GoldenChartTests {
    static let cases: [(String, Int, Int, Bool)] = [
        ("sigmoid", 80, 24, true), ("sigmoid", 80, 24, false), ("sigmoid", 40, 12, true), ("sigmoid", 40, 12, false),
        ("relu", 80, 24, true), ("relu", 80, 24, false), ("relu", 40, 12, true), ("relu", 40, 12, false),
        ("loss", 60, 16, true), ("histogram", 60, 16, true),
    ]

    @Test(arguments: cases.indices)
    func chartMatchesGolden(index: Int) throws {
        let (name, width, height, unicode) = Self.cases[index]
        let chart: LineChart
        switch name {
        case "sigmoid": chart = ChartSamples.sigmoidChart
        case "relu": chart = ChartSamples.reluChart
        case "loss": chart = ChartSamples.lossChart
        default: chart = ChartSamples.histogramChart
        }
        var screen = Screen(width: width, height: height)
        chart.render(into: &screen, area: screen.bounds, options: RenderOptions(unicode: unicode, color: false))
        Golden.check(screen.plainText(), named: "\(name)-\(width)x\(height)-\(unicode ? "unicode" : "ascii").txt")
    }

    @Test func goldenDiffShowsTheChangedLines() {
        let diff = GoldenFile.diff(expected: "a\nb\nc", actual: "a\nB\nc")
        #expect(diff == "  2 - |b|\n  2 + |B|")
    }
}
