@testable import Explorer
import TermPlot
import Testing

/// Dark and light paint every cell's background and foreground; mono and
/// colourless screens leave the terminal's own.
@Suite struct ThemeBackgroundTests {
    func screen(_ theme: Theme, color: Bool = true, keys: [Key] = [], width: Int = 100, height: Int = 30) throws -> Screen {
        var e = try Explorer(options: ExplorerOptions(theme: theme, color: color))
        for key in keys { _ = e.update(.key(key)) }
        return e.view(width: width, height: height)
    }

    @Test(arguments: ["dark", "light"])
    func everyCellHasTheThemesColours(themeName: String) throws {
        let theme = try #require(Theme.named(themeName))
        // The main screen, the help, the picker, a zoom and a too-small screen.
        let cases: [([Key], Int, Int)] = [([], 100, 30), ([.character("?")], 80, 24), ([.character("a")], 120, 40),
                                          ([.character("z")], 80, 24), ([], 30, 8)]
        for (keys, width, height) in cases {
            let s = try screen(theme, keys: keys, width: width, height: height)
            let bare = s.cells.filter { $0.style.background == .default || $0.style.foreground == .default }
            #expect(bare.isEmpty, "\(theme.name) \(keys) \(width)×\(height): \(bare.count) cells on the terminal's colours")
            let own = s.cells.filter { $0.style.background == theme.background }.count
            #expect(own > s.cells.count / 2)
        }
    }

    @Test func monoAndNoColourLeaveTheTerminalsColours() throws {
        for s in [try screen(.mono), try screen(.dark, color: false), try screen(.light, color: false)] {
            #expect(s.cells.allSatisfy { $0.style.background == .default && $0.style.foreground == .default })
        }
    }

    @Test func svgKeepsOnePageBackground() throws {
        let svg = try screen(.light).svg(theme: .light)
        // The page is white; no cell repeats the page's colour as a rectangle of its own.
        #expect(svg.contains("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"))
        let cellRects = svg.split(separator: "\n").filter { $0.hasPrefix("<rect x=") && $0.contains("fill=\"#ffffff\"") }
        #expect(cellRects.isEmpty, "\(cellRects.prefix(3))")
    }

    @Test func autoMatchesTheReportedBackground() {
        #expect(Theme.matching(background: nil) == .dark)
        #expect(Theme.matching(background: RGBColor(red: 0, green: 0, blue: 0)) == .dark)
        #expect(Theme.matching(background: RGBColor(red: 0x1c, green: 0x1c, blue: 0x1c)) == .dark)
        #expect(Theme.matching(background: RGBColor(red: 255, green: 255, blue: 255)) == .light)
        // tmux's "white" (xterm colour 7) and a cream slide.
        #expect(Theme.matching(background: RGBColor(red: 0xc0, green: 0xc0, blue: 0xc0)) == .light)
        #expect(Theme.matching(background: RGBColor(red: 0xfd, green: 0xf6, blue: 0xe3)) == .light)
        #expect(Theme.matching(background: RGBColor(red: 0x00, green: 0x2b, blue: 0x36)) == .dark)
    }
}
