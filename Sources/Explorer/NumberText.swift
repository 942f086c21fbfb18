import Foundation

/// Number formatting for the panes. Never prints "nan" or "inf": a value
/// that is not finite becomes "—" (or "-" in ASCII mode), because a class
/// should read "no value", not a floating-point spelling.
enum NumberText {
    static func missing(unicode: Bool) -> String { unicode ? "—" : "-" }

    /// Fixed decimals.
    static func fixed(_ value: Double?, _ digits: Int, unicode: Bool = true) -> String {
        guard let value, value.isFinite else { return missing(unicode: unicode) }
        let text = String(format: "%.\(digits)f", value)
        // "-0.00" reads as a sign error on a projector.
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// At most `width` characters for any finite value, so a column never
    /// runs into the next: two decimals if they fit, then one, then none,
    /// then a short exponent form (`1e5`, `-3e-7`). `signed` puts a "+"
    /// before positive values.
    static func fitted(_ value: Double?, width: Int, signed: Bool = false, unicode: Bool = true) -> String {
        guard let value, value.isFinite else { return missing(unicode: unicode) }
        func sign(_ text: String) -> String { signed && !text.hasPrefix("-") ? "+" + text : text }
        for digits in [2, 1, 0] {
            let text = sign(fixed(value, digits, unicode: unicode))
            if text.count <= width { return text }
        }
        // 1e+05 → 1e5, 3e-07 → 3e-7: the shortest spelling a reader parses.
        var text = String(format: "%.0e", value).replacingOccurrences(of: "e+", with: "e")
        while let range = text.range(of: "e0") ?? text.range(of: "e-0") {
            text.replaceSubrange(range, with: text[range].hasPrefix("e-") ? "e-" : "e")
        }
        text = sign(text)
        return text.count <= width ? text : String(text.prefix(width))
    }

    /// A short value for any magnitude: 0.0123, 12.3, 1.2e-05.
    static func compact(_ value: Double?, unicode: Bool = true) -> String {
        guard let value, value.isFinite else { return missing(unicode: unicode) }
        let a = abs(value)
        if a == 0 { return "0" }
        if a >= 1e5 || a < 1e-3 { return String(format: "%.1e", value) }
        if a >= 100 { return String(format: "%.0f", value) }
        if a >= 10 { return String(format: "%.1f", value) }
        if a >= 1 { return String(format: "%.2f", value) }
        return String(format: "%.3g", value)
    }

    /// A whole number without decimals (100), anything else to three
    /// significant digits (2.5, 0.333).
    static func plain(_ value: Double, unicode: Bool = true) -> String {
        guard value.isFinite else { return missing(unicode: unicode) }
        if value.rounded() == value, abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.3g", value)
    }

    /// A count with thousands grouped by commas: 65,010.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A share in 0…1 as a whole percentage.
    static func percent(_ share: Double?, unicode: Bool = true) -> String {
        // A finite share near Double's limit still overflows when scaled.
        guard let share, (share * 100).isFinite else { return missing(unicode: unicode) }
        return String(format: "%.0f%%", share * 100)
    }
}
