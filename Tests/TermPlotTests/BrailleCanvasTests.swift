import Testing
@testable import TermPlot

@Suite struct BrailleCanvasTests {
    /// Dot numbers per the Unicode braille block: dot n is bit n−1.
    @Test(arguments: [
        (0, 0, 1), (0, 1, 2), (0, 2, 3), (1, 0, 4), (1, 1, 5), (1, 2, 6), (0, 3, 7), (1, 3, 8),
    ])
    func dotBitLayout(x: Int, y: Int, dot: Int) {
        var canvas = BrailleCanvas(width: 1, height: 1)
        canvas.set(x: x, y: y)
        let scalar = 0x2800 + (1 << (dot - 1))
        #expect(canvas.character(column: 0, row: 0, unicode: true) == Character(Unicode.Scalar(scalar)!))
    }

    @Test func fullAndEmptyCells() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        for x in 0..<2 { for y in 0..<4 { canvas.set(x: x, y: y) } }
        #expect(canvas.character(column: 0, row: 0, unicode: true) == "⣿")
        #expect(canvas.character(column: 1, row: 0, unicode: true) == "⠀")
        #expect(canvas.character(column: 1, row: 0, unicode: false) == " ")
    }

    @Test func dotsLandInTheirCell() {
        var canvas = BrailleCanvas(width: 3, height: 2)
        canvas.set(x: 5, y: 7)
        #expect(canvas.pattern(column: 2, row: 1) == 0x80)
        #expect(canvas.isSet(x: 5, y: 7))
        #expect(!canvas.isSet(x: 4, y: 7))
        canvas.set(x: 6, y: 0)
        canvas.set(x: -1, y: 0)
        #expect(canvas.patterns.reduce(0) { $0 + $1.nonzeroBitCount } == 1)
    }

    @Test func lineIncludesBothEndpointsAndIsConnected() {
        var canvas = BrailleCanvas(width: 8, height: 3)
        canvas.line(from: DotPoint(x: 1, y: 1), to: DotPoint(x: 13, y: 9))
        #expect(canvas.isSet(x: 1, y: 1))
        #expect(canvas.isSet(x: 13, y: 9))
        var dots: [DotPoint] = []
        for y in 0..<canvas.dotHeight { for x in 0..<canvas.dotWidth where canvas.isSet(x: x, y: y) { dots.append(DotPoint(x: x, y: y)) } }
        // Bresenham sets one dot per step along the major axis.
        #expect(dots.count == 13)
        #expect(Set(dots.map(\.x)).count == 13)
        // Each dot has a neighbour (8-connected) except at the ends.
        for d in dots where d != DotPoint(x: 1, y: 1) && d != DotPoint(x: 13, y: 9) {
            let neighbours = dots.filter { abs($0.x - d.x) <= 1 && abs($0.y - d.y) <= 1 && $0 != d }
            #expect(neighbours.count == 2)
        }
    }

    @Test func reversedLineSetsTheSameDots() {
        var a = BrailleCanvas(width: 6, height: 3), b = BrailleCanvas(width: 6, height: 3)
        a.line(from: DotPoint(x: 0, y: 11), to: DotPoint(x: 11, y: 2))
        b.line(from: DotPoint(x: 11, y: 2), to: DotPoint(x: 0, y: 11))
        #expect(a.isSet(x: 0, y: 11) && a.isSet(x: 11, y: 2))
        #expect(a.patterns.reduce(0) { $0 + $1.nonzeroBitCount } == b.patterns.reduce(0) { $0 + $1.nonzeroBitCount })
    }

    @Test func linesAreClippedToTheCanvas() {
        var canvas = BrailleCanvas(width: 4, height: 2)
        canvas.line(from: DotPoint(x: -100, y: -100), to: DotPoint(x: 1_000_000, y: 1_000_000))
        for i in 0..<8 { #expect(canvas.isSet(x: i, y: i)) }
        #expect(canvas.patterns.reduce(0) { $0 + $1.nonzeroBitCount } == 8)
        var outside = BrailleCanvas(width: 4, height: 2)
        outside.line(from: DotPoint(x: -5, y: 20), to: DotPoint(x: 30, y: 20))
        outside.line(x0: .nan, y0: 0, x1: 3, y1: 3)
        outside.line(x0: 0, y0: 0, x1: .infinity, y1: 3)
        #expect(outside.patterns.allSatisfy { $0 == 0 })
    }

    @Test func dashedLinesSkipDots() {
        var solid = BrailleCanvas(width: 10, height: 1), dashed = BrailleCanvas(width: 10, height: 1)
        solid.line(from: DotPoint(x: 0, y: 1), to: DotPoint(x: 19, y: 1))
        dashed.line(from: DotPoint(x: 0, y: 1), to: DotPoint(x: 19, y: 1), dashed: true)
        #expect(solid.patterns.reduce(0) { $0 + $1.nonzeroBitCount } == 20)
        #expect(dashed.patterns.reduce(0) { $0 + $1.nonzeroBitCount } == 10)
    }

    @Test func asciiCharactersFollowTheShape() {
        func pattern(_ dots: [(Int, Int)]) -> UInt8 {
            dots.reduce(0) { $0 | BrailleCanvas.dotBits[$1.1][$1.0] }
        }
        #expect(BrailleCanvas.asciiCharacter(for: 0) == " ")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 0), (1, 0)])) == "'")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 2), (1, 2)])) == "-")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 3), (1, 3)])) == "_")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(1, 3)])) == ".")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 0), (0, 1), (0, 2), (0, 3)])) == "|")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(1, 0), (1, 3)])) == ":")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 3), (0, 2), (1, 1), (1, 0)])) == "/")
        #expect(BrailleCanvas.asciiCharacter(for: pattern([(0, 0), (0, 1), (1, 2), (1, 3)])) == "\\")
        #expect(BrailleCanvas.asciiCharacter(for: 0xFF) == "*")
        for p in 0...255 { #expect(BrailleCanvas.asciiCharacter(for: UInt8(p)).isASCII) }
    }

    @Test func renderKeepsBackgroundAndUsesCellColour() {
        var canvas = BrailleCanvas(width: 2, height: 1)
        canvas.set(x: 0, y: 0, color: .red)
        var screen = Screen(width: 2, height: 1, fill: Cell(" ", style: Style(background: .blue)))
        canvas.render(into: &screen, x: 0, y: 0, options: RenderOptions())
        #expect(screen[0, 0].character == "⠁")
        #expect(screen[0, 0].style == Style(foreground: .red, background: .blue))
        #expect(screen[1, 0].character == " ")
        var plain = Screen(width: 2, height: 1)
        canvas.render(into: &plain, x: 0, y: 0, options: RenderOptions(unicode: false, color: false))
        #expect(plain[0, 0].character == "'")
        #expect(plain[0, 0].style == .plain)
    }
}
