import Datasets
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Numbers in the panes keep their columns apart at any size: confusion
/// counts past 999 (MNIST has over 1 000 test images of several digits) and
/// layer means and deviations of any magnitude.
struct NumberColumnTests {
    private func explorer(with snapshot: TrainingSnapshot) throws -> Explorer {
        var e = try Explorer(options: ExplorerOptions(dataset: .digits, showsTiming: false))
        var s = snapshot
        s.run = e.run
        s.state = .paused
        _ = e.update(.training(s))
        return e
    }

    /// The rows of the pane whose title is `title`, as text.
    private func paneRows(_ screen: Screen, titled title: String) -> [String] {
        let rows = (0..<screen.height).map { screen.text(ofRow: $0) }
        guard let top = rows.firstIndex(where: { $0.contains(title) }) else { return [] }
        let column = rows[top].range(of: title).map { rows[top].distance(from: rows[top].startIndex, to: $0.lowerBound) } ?? 0
        return rows[(top + 1)...].prefix(14).map { String($0.dropFirst(max(0, column - 2))) }
    }

    @Test(arguments: [1029, 5923, 12_345, 1_000_000])
    func confusionCountsOfAnySizeStaySeparate(large: Int) throws {
        var snapshot = TrainingSnapshot()
        // Ten classes, one large count on the diagonal, small ones beside it.
        snapshot.confusion = (0..<10).map { i in (0..<10).map { j in i == j ? large - i : (i + j) % 3 } }
        let e = try explorer(with: snapshot)
        let screen = e.view(width: 200, height: 60)
        let rows = paneRows(screen, titled: Strings.of(.english).dataTitle)
        let digits = String(large).count
        var found = 0
        for i in 0..<10 {
            let expected = String(large - i)
            guard let row = rows.first(where: { $0.contains(" " + expected) }) else { continue }
            found += 1
            // Every count is its own word: nothing runs together.
            let words = row.split(whereSeparator: { $0 == " " || $0 == "│" }).filter { $0.allSatisfy(\.isNumber) }
            #expect(words.contains(Substring(expected)), "row \(i): \(row)")
            #expect(words.allSatisfy { $0.count <= digits }, "row \(i): \(row)")
        }
        #expect(found == 10, "rows: \(rows.joined(separator: "\n"))")
    }

    @Test(arguments: [(75.75, 132.5), (80.3, 869.16), (-15.78, 69.16), (1e6, 2.5e7), (-3e-9, 1e-12), (-123456.0, 99999.0)])
    func healthMeansAndDeviationsNeverMerge(mean: Double, deviation: Double) throws {
        var layer = LayerDiagnostics()
        layer.unitCount = 32
        layer.activationMean = mean
        layer.activationStandardDeviation = deviation
        var snapshot = TrainingSnapshot()
        snapshot.layers = [layer, layer]
        let e = try explorer(with: snapshot)
        for width in [80, 120, 200] {
            let screen = e.view(width: width, height: 40)
            let rows = paneRows(screen, titled: Strings.of(.english).healthTitle)
            let layerRows = rows.filter { $0.contains("1 ") || $0.contains("2 ") }.prefix(2)
            #expect(!layerRows.isEmpty, "\(width): \(rows)")
            for row in layerRows {
                // The last two words of a layer row are the mean and the std.
                let words = row.split(whereSeparator: { $0 == " " || $0 == "│" })
                let tail = words.suffix(2).map(String.init)
                #expect(tail.count == 2 && tail.allSatisfy { Double($0) != nil }, "\(width): '\(row)'")
                if let m = tail.first.flatMap(Double.init), let d = tail.last.flatMap(Double.init) {
                    #expect(abs(m - mean) <= max(abs(mean) * 0.5, 0.01), "\(width): mean \(m) for \(mean) in '\(row)'")
                    #expect(abs(d - deviation) <= max(abs(deviation) * 0.5, 0.01), "\(width): std \(d) for \(deviation) in '\(row)'")
                }
            }
        }
    }

    @Test func fittedNumbersFitTheirWidth() {
        for value in [0.0, 1.5, -1.5, 75.75, -15.78, 132.5, 869.16, 1e5, -1e5, 1.234e12, -9.9e-300, 1e300] {
            for width in 3...7 {
                let text = NumberText.fitted(value, width: width, signed: true)
                #expect(text.count <= width, "\(value) in \(width): \(text)")
            }
        }
        #expect(NumberText.fitted(0.52, width: 5, signed: true) == "+0.52")
        #expect(NumberText.fitted(-15.78, width: 5, signed: true) == "-15.8")
        #expect(NumberText.fitted(132.5, width: 5) == "132.5")
        #expect(NumberText.fitted(869.16, width: 5) == "869.2")
        #expect(NumberText.fitted(2.5e7, width: 5) == "2e7" || NumberText.fitted(2.5e7, width: 5) == "3e7")
        #expect(NumberText.fitted(.nan, width: 5) == "—")
    }
}
