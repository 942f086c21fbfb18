import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import TermPlot

@Suite struct ExportTests {
    @Test func ansiEmitsOnlyChangesAndResetsEachLine() {
        var screen = Screen(width: 8, height: 2)
        let red = Style(foreground: .red)
        screen.put("abc", x: 0, y: 0, style: red)
        screen.put("d", x: 3, y: 0, style: Style(foreground: .red, background: .palette(17), attributes: .bold))
        screen.put("plain", x: 0, y: 1)
        let lines = screen.ansiText().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2)
        #expect(lines[0] == "\u{1B}[38;5;1mabc\u{1B}[1;48;5;17md\u{1B}[0m")
        #expect(lines[1] == "plain")
    }

    @Test func ansiResetsWhenAnAttributeEnds() {
        var screen = Screen(width: 2, height: 1)
        screen.put("a", x: 0, y: 0, style: Style(foreground: .palette(200), attributes: .bold))
        screen.put("b", x: 1, y: 0, style: Style(foreground: .palette(200)))
        #expect(screen.ansiText() == "\u{1B}[1;38;5;200ma\u{1B}[0;38;5;200mb\u{1B}[0m")
    }

    @Test func ansiKeepsWideCharactersOnce() {
        var screen = Screen(width: 6, height: 1)
        screen.put("한글", x: 0, y: 0, style: Style(foreground: .green))
        #expect(screen.ansiText() == "\u{1B}[38;5;2m한글\u{1B}[0m")
    }

    @Test func xtermPalette() {
        #expect(XtermPalette.rgb(1) == RGBColor(red: 205, green: 0, blue: 0))
        #expect(XtermPalette.rgb(16) == RGBColor(red: 0, green: 0, blue: 0))
        #expect(XtermPalette.rgb(196) == RGBColor(red: 255, green: 0, blue: 0))
        #expect(XtermPalette.rgb(75) == RGBColor(red: 95, green: 175, blue: 255))
        #expect(XtermPalette.rgb(232) == RGBColor(red: 8, green: 8, blue: 8))
        #expect(XtermPalette.rgb(255) == RGBColor(red: 238, green: 238, blue: 238))
        #expect(RGBColor(red: 255, green: 10, blue: 0).hex == "#ff0a00")
    }

    @Test func svgIsWellFormedWithOneTextPositionPerColumn() throws {
        var screen = Screen(width: 20, height: 3)
        screen.put("a<b & \"c\"", x: 0, y: 0, style: Style(foreground: .palette(75), background: .palette(237)))
        screen.put("시그 x", x: 2, y: 1, style: Style(attributes: .bold))
        screen.put("⠁⣿", x: 10, y: 2)
        let fontSize = 16.0
        let svg = screen.svg(fontSize: fontSize)
        #expect(svg.hasPrefix("<?xml"))
        let parsed = try SVGSummary(svg)
        let cell = fontSize * 0.6, pad = (fontSize * 0.5).rounded()
        func column(_ x: Double) -> Int { Int(((x - pad) / cell).rounded()) }
        // Row 0: every non-space character has its own x at its column.
        let row0 = parsed.texts.filter { $0.y < pad + 20 }
        let columns0 = row0.flatMap { t in zip(t.text, t.xs).map { (column($0.1), $0.0) } }
        #expect(columns0.map(\.0) == [0, 1, 2, 4, 6, 7, 8])
        #expect(String(columns0.map(\.1)) == "a<b&\"c\"")
        for t in parsed.texts { #expect(t.text.count == t.xs.count) }
        // Row 1: the wide characters take two columns each.
        let row1 = parsed.texts.filter { $0.y > pad + 20 && $0.y < pad + 40 }.flatMap { t in zip(t.text, t.xs).map { (column($0.1), $0.0) } }
        #expect(row1.map(\.0) == [2, 4, 7])
        #expect(String(row1.map(\.1)) == "시그x")
        #expect(parsed.bold)
        // Background run: one rectangle 9 cells wide (plus the page background).
        #expect(parsed.rects.contains { abs($0 - 9 * cell) < 0.01 })
        // Braille becomes dots: 1 + 8.
        #expect(parsed.circles == 9)
    }

    @Test func blockElementsBecomeRectangles() throws {
        var screen = Screen(width: 4, height: 1)
        screen.put("▄█▌░", x: 0, y: 0, style: Style(foreground: .palette(75)))
        let summary = try SVGSummary(screen.svg(fontSize: 10))
        let cell = 10 * 0.6
        // ▄ (full width), █ (full), ▌ (half); ░ stays text. (The page
        // background's width is "100%", which the summary skips.)
        #expect(summary.rects.count == 3)
        #expect(summary.rects.count == 3 && abs(summary.rects[2] - cell / 2) < 0.01)
        #expect(summary.texts.map(\.text) == ["░"])
        // A run of equal full blocks is one rectangle.
        var bar = Screen(width: 6, height: 1)
        bar.put("████▌", x: 0, y: 0, style: Style(foreground: .palette(75)))
        let barRects = try SVGSummary(bar.svg(fontSize: 10)).rects
        #expect(barRects.count == 2)
        #expect(barRects.count == 2 && abs(barRects[0] - 4 * cell) < 0.01)
        #expect(Screen.blockRect("▁")! == (0, 0.875, 1, 0.125))
        #expect(Screen.blockRect("▏")! == (0, 0, 0.125, 1))
        #expect(Screen.blockRect("a") == nil)
    }

    @Test func chartSVGParses() throws {
        var screen = Screen(width: 80, height: 24)
        ChartSamples.sigmoidChart.render(into: &screen, area: screen.bounds, options: RenderOptions())
        for theme in Theme.all {
            let summary = try SVGSummary(screen.svg(fontSize: 14, theme: theme))
            #expect(summary.texts.count > 20)
            #expect(summary.circles > 100)
        }
    }
}

/// What an SVG holds, read with XMLParser (which also rejects malformed XML).
struct SVGSummary {
    struct Text { var text: String; var xs: [Double]; var y: Double }
    var texts: [Text] = []
    var rects: [Double] = []
    var circles = 0
    var bold = false

    init(_ svg: String) throws {
        let delegate = Delegate()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        guard parser.parse() else {
            throw SVGError(description: parser.parserError.map { "\($0)" } ?? "parse failed")
        }
        texts = delegate.texts
        rects = delegate.rects
        circles = delegate.circles
        bold = delegate.bold
    }

    struct SVGError: Error, CustomStringConvertible { var description: String }

    private final class Delegate: NSObject, XMLParserDelegate {
        var texts: [Text] = []
        var rects: [Double] = []
        var circles = 0
        var bold = false
        var current: Text?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "text":
                let xs = (attributes["x"] ?? "").split(separator: " ").compactMap { Double($0) }
                current = Text(text: "", xs: xs, y: Double(attributes["y"] ?? "") ?? 0)
                if attributes["font-weight"] == "bold" { bold = true }
            case "rect":
                if let w = attributes["width"].flatMap(Double.init) { rects.append(w) }
            case "circle":
                circles += 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current?.text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let c = current { texts.append(c); current = nil }
        }
    }
}
