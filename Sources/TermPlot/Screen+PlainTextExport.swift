extension Screen {
    /// The screen as text: rows joined by newlines, trailing spaces trimmed,
    /// no styling at all. Wide characters appear once.
    public func plainText() -> String {
        (0..<height).map { y in
            var row = text(ofRow: y)
            while row.last == " " { row.removeLast() }
            return row
        }.joined(separator: "\n")
    }
}
