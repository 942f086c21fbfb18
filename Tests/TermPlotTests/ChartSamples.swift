import Foundation
@testable import TermPlot

/// Sample charts shared by the chart, export and golden tests: the data are
/// computed here from the textbook formulas, not taken from the code under test.
enum ChartSamples {
    static func xs(_ range: ClosedRange<Double> = -6...6, count: Int = 481) -> [Double] {
        (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(count - 1) }
    }

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    static var sigmoidChart: LineChart {
        let xs = xs()
        let f = xs.map(sigmoid)
        let d = xs.map { sigmoid($0) * (1 - sigmoid($0)) }
        return LineChart(title: "Sigmoid:  σ(x) = 1 / (1 + e⁻ˣ)", xLabel: "x", xRange: -6...6,
                         series: [ChartSeries(name: "f(x)", xs: xs, ys: f), ChartSeries(name: "f′(x)", xs: xs, ys: d)],
                         regions: ShadedRegion.regions(xs: xs, kinds: xs.map { abs($0) > 3.636 ? .saturated : nil }))
    }

    static var reluChart: LineChart {
        let xs = xs()
        let f = xs.map { max(0, $0) }
        let d = xs.map { $0 > 0 ? 1.0 : 0.0 }
        return LineChart(title: "ReLU:  max(0, x)", xLabel: "x", xRange: -6...6,
                         series: [ChartSeries(name: "f(x)", xs: xs, ys: f), ChartSeries(name: "f′(x)", xs: xs, ys: d)],
                         regions: ShadedRegion.regions(xs: xs, kinds: xs.map { $0 > 0 ? nil : .dead }))
    }

    /// A loss curve for a log axis, with a ghost of a previous run, and
    /// a few bad samples (zero, negative, NaN) that must be skipped.
    static var lossChart: LineChart {
        let epochs = (0...60).map(Double.init)
        var loss = epochs.map { 2.3 * exp(-$0 / 9) + 0.002 }
        loss[20] = 0
        loss[21] = -1
        loss[30] = .nan
        let ghost = epochs.map { 2.3 * exp(-$0 / 25) + 0.05 }
        return LineChart(title: "loss", xLabel: "epoch", yScale: .log10,
                         series: [ChartSeries(name: "sigmoid", xs: epochs, ys: loss),
                                  ChartSeries(name: "relu (before)", xs: epochs, ys: ghost, isDimmed: true,
                                              lineStyle: .dotted)])
    }

    /// Pre-activations as a histogram under tanh, with a cursor at 0.5.
    static var histogramChart: LineChart {
        let xs = xs(-4...4, count: 321)
        let f = xs.map { tanh($0) }
        let counts = (0..<32).map { i -> Int in
            let centre = -4 + (Double(i) + 0.5) * 0.25
            return Int((100 * exp(-centre * centre / 2)).rounded())
        }
        return LineChart(title: "tanh", xRange: -4...4,
                         series: [ChartSeries(name: "f", xs: xs, ys: f)],
                         histogram: ChartHistogram(lowerX: -4, upperX: 4, counts: counts, label: "inputs"),
                         cursor: ChartCursor(x: 0.5))
    }
}
