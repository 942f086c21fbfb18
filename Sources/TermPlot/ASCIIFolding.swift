/// Turns text into plain ASCII for terminals and files that cannot show
/// anything else: a few common symbols get ASCII look-alikes, everything
/// else becomes `?` (one per column, so layouts keep their widths).
public enum ASCIIFolding {
    private static let replacements: [Character: String] = [
        "′": "'", "″": "\"", "’": "'", "‘": "'", "“": "\"", "”": "\"",
        "·": "*", "•": "*", "×": "x", "−": "-", "–": "-", "—": "-", "…": "...",
        "≤": "<=", "≥": ">=", "≈": "~", "→": "->", "←": "<-", "±": "+/-",
        "α": "alpha", "β": "beta", "λ": "lambda", "σ": "sigma", "θ": "theta", "μ": "mu", "ε": "eps", "Δ": "d",
        "²": "^2", "³": "^3", "⁻": "^-", "¹": "1", "√": "sqrt", "∞": "inf", "ℯ": "e", "ⁿ": "^n", "ˣ": "x",
        "½": "1/2", "₁": "1", "₂": "2", "Φ": "Phi", "π": "pi",
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
