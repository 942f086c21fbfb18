/// Turns text into plain ASCII for terminals and files that cannot show
/// anything else: a few common symbols get ASCII look-alikes, everything
/// else becomes `?` (one per column, so layouts keep their widths).
public enum ASCIIFolding {
    private static let replacements: [Character: String] = [
        "′": "'", "″": "\"", "’": "'", "‘": "'", "“": "\"", "”": "\"",
        "·": ".", "•": "*", "×": "x", "−": "-", "–": "-", "—": "-", "…": "...",
        "≤": "<=", "≥": ">=", "≈": "~", "→": "->", "←": "<-", "±": "+/-",
        "α": "a", "β": "b", "λ": "l", "σ": "s", "θ": "th", "μ": "u", "ε": "e", "Δ": "d",
        "²": "^2", "³": "^3", "⁻": "^-", "¹": "1", "√": "sqrt", "∞": "inf", "ℯ": "e", "ⁿ": "^n",
        "\u{00A0}": " ",
    ]

    public static func fold(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch.isASCII { out.append(ch); continue }
            if let r = replacements[ch] { out += r; continue }
            out += String(repeating: "?", count: max(1, CharacterWidth.of(ch)))
        }
        return out
    }
}
