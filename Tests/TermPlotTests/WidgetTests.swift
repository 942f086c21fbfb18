import Testing
@testable import TermPlot

@Suite struct WidgetTests {
    @Test func frameDrawsABoxAndReturnsItsInside() {
        var screen = Screen(width: 12, height: 4)
        let inner = Frame(title: "loss").draw(into: &screen, area: screen.bounds, options: RenderOptions())
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(screen.text(ofRow: 0) == "┌─ loss ───┐")
        #expect(screen.text(ofRow: 1) == "│          │")
        #expect(screen.text(ofRow: 3) == "└──────────┘")
        var ascii = Screen(width: 6, height: 3)
        Frame().render(into: &ascii, area: ascii.bounds, options: RenderOptions(unicode: false))
        #expect(ascii.plainText() == "+----+\n|    |\n+----+")
    }

    @Test func frameTitleKeepsWideCharactersWhole() {
        var screen = Screen(width: 11, height: 3)
        Frame(title: "활성화 함수").render(into: &screen, area: screen.bounds, options: RenderOptions())
        // Seven columns of room inside "┌─" … "─┐": " 활성화" fits, the rest is clipped.
        #expect(screen.text(ofRow: 0).hasPrefix("┌─ 활성화"))
        #expect(screen.text(ofRow: 0).hasSuffix("─┐"))
    }

    @Test func barMeterUsesEighthBlocks() {
        var screen = Screen(width: 20, height: 1)
        // Label "d" + space, value "x" + space: a bar of 16 columns = 128 eighths.
        BarMeter(label: "d", share: 35.0 / 128, valueText: "x").render(into: &screen, area: screen.bounds, options: RenderOptions())
        #expect(screen.text(ofRow: 0) == "d ████▍··········· x")
        var ascii = Screen(width: 12, height: 1)
        BarMeter(label: "", share: 0.5, valueText: "50%").render(into: &ascii, area: ascii.bounds,
                                                              options: RenderOptions(unicode: false))
        #expect(ascii.text(ofRow: 0) == "[###   ] 50%")
    }

    @Test func barMeterClampsAndDefaultsItsText() {
        #expect(BarMeter(label: "a", share: 1.7).share == 1)
        #expect(BarMeter(label: "a", share: -1).valueText == "0%")
        #expect(BarMeter(label: "a", share: 0.374).valueText == "37%")
        #expect(BarMeter(label: "a", share: .nan).share == 0)
    }

    @Test func logBarFollowsDecades() {
        #expect(LogBar(label: "g", value: 1e-4, decades: -8...0).share == 0.5)
        #expect(LogBar(label: "g", value: 1e-9, decades: -8...0).share == 0)
        #expect(LogBar(label: "g", value: 10, decades: -8...0).share == 1)
        #expect(LogBar(label: "g", value: 0).share == 0)
        #expect(LogBar(label: "g", value: .nan).share == 0)
        #expect(LogBar(label: "g", value: 2e-3).valueText == "2e-3")
    }

    @Test func heatMapPacksTwoRowsPerCell() {
        let grid: [[Int?]] = [[0, nil, nil], [1, 2, nil], [3]]
        var screen = Screen(width: 3, height: 2)
        let map = HeatMap(grid: grid)
        #expect(map.rowsNeeded == 2 && map.columnsNeeded == 3)
        map.render(into: &screen, area: screen.bounds, options: RenderOptions())
        let p = Theme.dark.palette
        #expect(screen[0, 0] == Cell("▀", style: Style(foreground: p[0], background: p[1])))
        #expect(screen[1, 0] == Cell("▄", style: Style(foreground: p[2])))
        #expect(screen[2, 0].character == " ")
        #expect(screen[0, 1] == Cell("▀", style: Style(foreground: p[3])))
        var ascii = Screen(width: 3, height: 2)
        map.render(into: &ascii, area: ascii.bounds, options: RenderOptions(unicode: false, color: false))
        #expect(ascii.plainText() == "AC.\nD..")
    }

    @Test func textBlockWrapsKoreanWithoutSplittingCharacters() {
        let text = "활성화 함수는 신경망에 비선형성을 더한다. ReLU부터 시작하라."
        for width in 1...20 {
            let lines = TextBlock.wrap(text, width: width)
            #expect(lines.allSatisfy { CharacterWidth.of($0) <= width })
            if width >= 12 {
                // Wide enough for every word: no word is broken.
                #expect(lines.joined(separator: " ") == text)
            }
        }
        #expect(TextBlock.wrap("가나다라마바사", width: 5) == ["가나", "다라", "마바", "사"])
        #expect(TextBlock.wrap("one two\n\nthree", width: 7) == ["one two", "", "three"])
    }

    @Test func textBlockRendersIntoItsArea() {
        var screen = Screen(width: 11, height: 3)
        TextBlock("죽은 ReLU 유닛은 되살아나지 않는다").render(into: &screen, area: Rect(x: 1, y: 0, width: 9, height: 2),
                                                     options: RenderOptions())
        #expect(screen.text(ofRow: 0).trimmingTrailingSpaces() == " 죽은 ReLU")
        #expect(screen.text(ofRow: 1).trimmingTrailingSpaces() == " 유닛은")
        #expect(screen.text(ofRow: 2).trimmingTrailingSpaces() == "")
    }

    @Test func themesHaveSixDistinctSeriesColours() {
        for theme in [Theme.dark, Theme.light] {
            #expect(Set(theme.palette).count >= 6)
            #expect(theme.saturatedShade != theme.deadShade)
            #expect(!theme.isMonochrome)
        }
        let mono = Theme.mono
        #expect(mono.isMonochrome)
        let styles = [mono.text, mono.dimText, mono.title, mono.axis, mono.histogram, mono.highlight, mono.statusBar, mono.border]
        #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(Theme.named("LIGHT") == .light)
        #expect(Theme.named("sepia") == nil)
    }
}
