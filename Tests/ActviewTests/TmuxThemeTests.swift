import Foundation
import Testing

/// Themes that paint their own background, on real terminals of either
/// colour: tmux sets the pane's background (`window-style`), answers the
/// explorer's OSC 11 question with it, and `capture-pane -e` shows every
/// cell's colours.
@Suite(.serialized) struct TmuxThemeTests {
    static var binary: String { BinaryRunner.executable.path }

    /// The background of every cell of the captured pane, in order, read by
    /// following the SGR codes (`nil`: the terminal's default).
    static func backgrounds(in escaped: String) -> [[String?]] {
        var rows: [[String?]] = [[]]
        var background: String?
        var scalars = Array(escaped.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if c == "\n" { rows.append([]); continue }
            guard c == "\u{1B}" else { rows[rows.count - 1].append(background); continue }
            guard scalars.first == "[" else { continue }
            scalars.removeFirst()
            var parameters = ""
            while let p = scalars.popFirst(), p != "m" { parameters.unicodeScalars.append(p) }
            let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            var i = 0
            while i < codes.count {
                switch codes[i] {
                case "", "0", "49": background = nil
                case "48" where i + 2 < codes.count: background = codes[i + 2]; i += 2
                case let code where (40...47).contains(Int(code) ?? 0) || (100...107).contains(Int(code) ?? 0): background = code
                case "38" where i + 2 < codes.count: i += 2
                default: break
                }
                i += 1
            }
        }
        return rows.filter { !$0.isEmpty }
    }

    /// `rows` padded to `width` with each row's last background: curses
    /// clears a row's blank end in one go (terminfo `el`, with the terminal's
    /// background-colour erase), and tmux's capture leaves cleared cells out.
    static func padded(_ rows: [[String?]], to width: Int) -> [[String?]] {
        rows.map { row in row + Array(repeating: row.last ?? nil, count: max(0, width - row.count)) }
    }

    func capture(window background: String?, arguments: String) throws -> [[String?]] {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.close() }
        if let background { try tmux.run(["set-option", "-g", "window-style", "bg=\(background)"]) }
        try tmux.launch("\(Self.binary) --paused \(arguments)")
        // The status bar is the last row a frame writes.
        try tmux.waitFor("the whole first frame", timeout: 30) { TmuxTests.headerActivation(in: $0) != nil && $0.contains("q:quit") }
        usleep(300_000)
        let cells = Self.padded(Self.backgrounds(in: try tmux.captureWithEscapes()), to: 100)
        try tmux.press("q")
        _ = try tmux.waitForExitStatus()
        return cells
    }

    /// Each of the 30 rows has 100 cells, every one with `expected` behind it.
    func expectPainted(_ rows: [[String?]], _ expected: String, _ what: String) {
        #expect(rows.count == 30, "\(what): \(rows.count) rows")
        for (y, row) in rows.enumerated() {
            #expect(row.count == 100, "\(what): row \(y) has \(row.count) cells")
            let bare = row.indices.filter { row[$0] == nil }
            #expect(bare.isEmpty, "\(what): row \(y) has cells on the terminal's background at \(bare.prefix(5))")
        }
        let all = rows.flatMap { $0 }.compactMap { $0 }
        // Most cells are the theme's own background; the rest are bars, shading, the status bar.
        #expect(all.filter { $0 == expected }.count > all.count / 2, "\(what): \(Set(all))")
    }

    @Test func autoPicksLightOnAWhitePaneAndEveryCellHasItsBackground() throws {
        expectPainted(try capture(window: "white", arguments: ""), "231", "auto on white")
    }

    @Test func lightIsPaintedInADarkTerminalAndDarkInAWhiteOne() throws {
        expectPainted(try capture(window: "black", arguments: "--theme light"), "231", "light on black")
        expectPainted(try capture(window: "white", arguments: "--theme dark"), "234", "dark on white")
    }

    @Test func autoPicksDarkOnABlackPaneAndMonoPaintsNothing() throws {
        expectPainted(try capture(window: "black", arguments: ""), "234", "auto on black")
        let mono = try capture(window: "white", arguments: "--theme mono")
        #expect(mono.flatMap { $0 }.allSatisfy { $0 == nil }, "mono keeps the terminal's colours")
    }
}
