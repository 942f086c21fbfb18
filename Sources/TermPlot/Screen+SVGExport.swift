import Foundation

extension Screen {
    /// The screen as a standalone SVG image: a monospace grid where every
    /// cell has a fixed place. Backgrounds are one rectangle per run of
    /// same-coloured cells; text is one `<text>` per run of same-styled
    /// cells with an explicit x for every character, so columns line up
    /// even when a glyph falls back to another font. Wide characters get
    /// two cells. `.default` colours become the theme's export colours.
    public func svg(fontSize: Double = 16, theme: Theme = .dark) -> String {
        let cellWidth = (fontSize * 0.6 * 100).rounded() / 100
        let cellHeight = (fontSize * 1.25 * 100).rounded() / 100
        let pad = (fontSize * 0.5).rounded()
        let totalWidth = Double(width) * cellWidth + 2 * pad
        let totalHeight = Double(height) * cellHeight + 2 * pad
        func n(_ v: Double) -> String {
            let r = (v * 100).rounded() / 100
            return r == r.rounded() ? String(Int(r)) : String(r)
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(totalWidth))\" height=\"\(n(totalHeight))\" "
        out += "viewBox=\"0 0 \(n(totalWidth)) \(n(totalHeight))\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"\(theme.exportBackground.hex)\"/>\n"
        out += "<g font-family=\"'DejaVu Sans Mono', 'Noto Sans Mono CJK KR', 'Noto Sans Mono', monospace\" "
        out += "font-size=\"\(n(fontSize))\" xml:space=\"preserve\">\n"

        func colors(_ style: Style) -> (fg: RGBColor, bg: RGBColor?) {
            var fg = XtermPalette.rgb(style.foreground, default: theme.exportForeground)
            var bg: RGBColor? = style.background == .default ? nil : XtermPalette.rgb(style.background, default: theme.exportBackground)
            if style.attributes.contains(.reverse) {
                let oldFg = fg
                fg = bg ?? theme.exportBackground
                bg = oldFg
            }
            return (fg, bg)
        }

        for y in 0..<height {
            let top = pad + Double(y) * cellHeight
            // Background runs.
            var x = 0
            while x < width {
                // The page's own background is already painted.
                guard let bg = colors(self[x, y].style).bg, bg != theme.exportBackground else { x += 1; continue }
                var end = x + 1
                while end < width && colors(self[end, y].style).bg == bg { end += 1 }
                out += "<rect x=\"\(n(pad + Double(x) * cellWidth))\" y=\"\(n(top))\" "
                out += "width=\"\(n(Double(end - x) * cellWidth))\" height=\"\(n(cellHeight))\" fill=\"\(bg.hex)\"/>\n"
                x = end
            }
            // Text runs: same style, no blank gaps.
            let baseline = top + cellHeight * 0.78
            x = 0
            while x < width {
                let cell = self[x, y]
                if cell.isContinuation || cell.character == " " { x += 1; continue }
                if let block = Self.blockRect(cell.character) {
                    // Block elements as rectangles: fonts leave gaps between
                    // rows, and bars, histograms and heat maps should be solid.
                    let fill = colors(cell.style).fg
                    let opacity = cell.style.attributes.contains(.dim) ? " fill-opacity=\"0.6\"" : ""
                    // Full-width blocks in a run become one rectangle, so
                    // no seams show between cells.
                    var end = x + 1
                    if block.width == 1 {
                        while end < width && self[end, y] == cell { end += 1 }
                    }
                    let runWidth = block.width + Double(end - x - 1)
                    out += "<rect x=\"\(n(pad + (Double(x) + block.x) * cellWidth))\" y=\"\(n(top + block.y * cellHeight))\" "
                    out += "width=\"\(n(runWidth * cellWidth))\" height=\"\(n(block.height * cellHeight))\" "
                    out += "fill=\"\(fill.hex)\"\(opacity)/>\n"
                    x = end
                    continue
                }
                if let pattern = Self.braillePattern(cell.character) {
                    // Braille glyphs are tiny or missing in many fonts: the
                    // dots are drawn as circles, which reads well on a slide.
                    out += brailleDots(pattern, left: pad + Double(x) * cellWidth, top: top, cellWidth: cellWidth,
                                       cellHeight: cellHeight, style: cell.style, fill: colors(cell.style).fg, format: n)
                    x += 1
                    continue
                }
                var positions: [String] = []
                var text = ""
                var end = x
                while end < width {
                    let c = self[end, y]
                    if c.isContinuation { end += 1; continue }
                    if c.character == " " || c.style != cell.style || Self.braillePattern(c.character) != nil
                        || Self.blockRect(c.character) != nil { break }
                    positions.append(n(pad + Double(end) * cellWidth))
                    text.append(c.character)
                    end += 1
                }
                out += textElement(text, positions: positions, baseline: n(baseline), style: cell.style,
                                   fill: colors(cell.style).fg)
                x = end
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// The part of a cell a block element (U+2580–U+2595, shades aside)
    /// covers, in cell units from its top-left corner.
    static func blockRect(_ character: Character) -> (x: Double, y: Double, width: Double, height: Double)? {
        guard let v = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1 else { return nil }
        switch v {
        case 0x2580: return (0, 0, 1, 0.5)
        case 0x2581...0x2588:
            let k = Double(v - 0x2580) / 8
            return (0, 1 - k, 1, k)
        case 0x2589...0x258F: return (0, 0, Double(0x2590 - v) / 8, 1)
        case 0x2590: return (0.5, 0, 0.5, 1)
        case 0x2594: return (0, 0, 1, 0.125)
        case 0x2595: return (0.875, 0, 0.125, 1)
        default: return nil
        }
    }

    /// The dot bits of a braille character, nil for anything else.
    static func braillePattern(_ character: Character) -> UInt8? {
        guard let v = character.unicodeScalars.first?.value, character.unicodeScalars.count == 1,
              v >= 0x2800, v <= 0x28FF else { return nil }
        return UInt8(v - 0x2800)
    }

    private func brailleDots(_ pattern: UInt8, left: Double, top: Double, cellWidth: Double, cellHeight: Double,
                             style: Style, fill: RGBColor, format n: (Double) -> String) -> String {
        guard pattern != 0 else { return "" }
        let radius = min(cellWidth, cellHeight / 2) * 0.19
        var out = "<g fill=\"\(fill.hex)\"\(style.attributes.contains(.dim) ? " fill-opacity=\"0.6\"" : "")>"
        for row in 0..<4 {
            for column in 0..<2 where pattern & BrailleCanvas.dotBits[row][column] != 0 {
                let cx = left + cellWidth * (0.25 + 0.5 * Double(column))
                let cy = top + cellHeight * (0.125 + 0.25 * Double(row))
                out += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(radius))\"/>"
            }
        }
        return out + "</g>\n"
    }

    private func textElement(_ text: String, positions: [String], baseline: String, style: Style, fill: RGBColor) -> String {
        var attributes = "x=\"\(positions.joined(separator: " "))\" y=\"\(baseline)\" fill=\"\(fill.hex)\""
        if style.attributes.contains(.bold) { attributes += " font-weight=\"bold\"" }
        if style.attributes.contains(.dim) { attributes += " fill-opacity=\"0.6\"" }
        if style.attributes.contains(.underline) { attributes += " text-decoration=\"underline\"" }
        return "<text \(attributes)>\(Self.xmlEscaped(text))</text>\n"
    }

    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Control characters are not allowed in XML at all.
                if let v = ch.unicodeScalars.first?.value, v < 0x20 { out += "?" } else { out.append(ch) }
            }
        }
        return out
    }
}
