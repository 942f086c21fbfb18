import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// On 8 or 16 colours, in mono and without colour, the activation pane's
/// shading turns to patterns the legend repeats, and train and test loss
/// keep distinct line styles in the legend.
@Suite struct ReducedColourTests {
    static let width = 100, height = 30

    func explorer(_ kind: ActivationKind, theme: Theme = .dark, color: Bool = true, colors: Int = 256,
                  unicode: Bool = true) throws -> Explorer {
        var options = ExplorerOptions(activation: kind, theme: theme, unicode: unicode, color: color)
        options.colorCount = colors
        var e = try Explorer(options: options)
        _ = e.update(.resize(width: Self.width, height: Self.height))
        return e
    }

    /// The activation pane's text and its cells.
    func pane(_ e: Explorer) throws -> (text: String, cells: [Cell]) {
        let screen = e.view(width: Self.width, height: Self.height)
        let area = try #require(e.screenLayout(width: Self.width, height: Self.height).activation)
        var text = "", cells: [Cell] = []
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                cells.append(screen[x, y])
                if !screen[x, y].isContinuation { text.append(screen[x, y].character) }
            }
            text.append("\n")
        }
        return (text, cells)
    }

    @Test(arguments: [(8, true, "dark"), (16, true, "light"), (256, true, "mono"), (256, false, "dark")])
    func shadingBecomesPatternsTheLegendRepeats(colors: Int, color: Bool, themeName: String) throws {
        let theme = try #require(Theme.named(themeName))
        let sigmoid = try pane(explorer(.sigmoid, theme: theme, color: color, colors: colors))
        #expect(sigmoid.text.contains("·· saturated"), "legend: \(sigmoid.text)")
        #expect(sigmoid.text.filter { $0 == "·" }.count > 10, "the tails carry the pattern")
        let relu = try pane(explorer(.relu, theme: theme, color: color, colors: colors))
        #expect(relu.text.contains("░░ zero slope"))
        #expect(relu.text.filter { $0 == "░" }.count > 10)
        // No cell relies on a shade the terminal cannot show.
        for cells in [sigmoid.cells, relu.cells] {
            #expect(!cells.contains { $0.style.background == theme.saturatedShade && theme.saturatedShade != theme.background
                && theme.saturatedShade != .default })
            #expect(!cells.contains { $0.style.background == theme.deadShade && theme.deadShade != .default })
        }
    }

    @Test func asciiPatternsToo() throws {
        let sigmoid = try pane(explorer(.sigmoid, theme: .mono, unicode: false))
        #expect(sigmoid.text.contains("~~ saturated"))
        let relu = try pane(explorer(.relu, theme: .mono, unicode: false))
        #expect(relu.text.contains("%% zero slope"))
        #expect(relu.text.filter { $0 == "%" }.count > 10)
    }

    @Test func fullColourKeepsTheShades() throws {
        let relu = try pane(explorer(.relu))
        #expect(relu.cells.contains { $0.style.background == Theme.dark.deadShade })
        #expect(!relu.text.contains("░"))
    }

    @Test(arguments: [(8, "dark"), (256, "mono")])
    func trainAndTestLossDifferInTheLegend(colors: Int, themeName: String) throws {
        let theme = try #require(Theme.named(themeName))
        var e = try explorer(.relu, theme: theme, colors: colors)
        var snapshot = TrainingSnapshot()
        snapshot.run = e.run
        snapshot.history = (0..<40).map { i in
            EvaluationRecord(step: i, epoch: Double(i) / 4, seconds: 0, trainLoss: 1 / Double(i + 1),
                             testLoss: 1.2 / Double(i + 1), trainAccuracy: 0.5, testAccuracy: 0.5)
        }
        _ = e.update(.training(snapshot))
        let screen = e.view(width: 120, height: 40).plainText()
        let train = try #require(screen.firstMatch(of: /(\S\S) train loss/)).1
        let test = try #require(screen.firstMatch(of: /(\S\S) test loss/)).1
        #expect(train != test, "train \(train), test \(test)")
    }
}
