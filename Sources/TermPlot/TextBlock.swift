/// Word-wrapped paragraphs. Lines break at spaces; a word wider than the
/// area breaks between characters, never inside a wide character, so Korean
/// text wraps exactly as the terminal will show it.
public struct TextBlock: Widget {
    public var text: String
    /// Nil: the theme's text style.
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let area = area.intersection(screen.bounds)
        guard !area.isEmpty else { return }
        let lines = Self.wrap(options.text(text), width: area.width)
        let style = options.resolve(style ?? options.theme.text)
        for (i, line) in lines.prefix(area.height).enumerated() {
            screen.put(line, x: area.x, y: area.y + i, style: style, clip: area)
        }
    }

    /// Lines of at most `width` columns. Newlines end paragraphs; runs of
    /// spaces collapse at a break.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                var w = CharacterWidth.of(word)
                if lineWidth > 0 && lineWidth + 1 + w <= width {
                    line += " " + word
                    lineWidth += 1 + w
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                // A word too long for a line is cut at character boundaries.
                while w > width {
                    var piece = "", pieceWidth = 0
                    var rest = Substring(word)
                    while let ch = rest.first, pieceWidth + CharacterWidth.of(ch) <= width {
                        piece.append(ch)
                        pieceWidth += CharacterWidth.of(ch)
                        rest = rest.dropFirst()
                    }
                    if piece.isEmpty { rest = rest.dropFirst() } else { lines.append(piece) }
                    word = String(rest)
                    w = CharacterWidth.of(word)
                }
                line = word
                lineWidth = w
            }
            lines.append(line)
        }
        return lines
    }
}
