import Foundation

/// Compact number text for axes and read-outs: `-5`, `0.5`, `1e-3`, `2.5e4`.
public enum NumberFormat {
    /// `value` shown to the precision a tick spacing of `step` needs, trailing
    /// zeros dropped; magnitudes below 0.01 or from 1e5 up in `1e-3` form.
    public static func tick(_ value: Double, step: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        let step = abs(step)
        if value == 0 || (step > 0 && abs(value) < step * 1e-9) { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e5 || magnitude < 0.01 {
            return scientific(value, significant: significantDigits(value, step: step))
        }
        let decimals = step > 0 && step.isFinite ? max(0, Int(-Foundation.floor(Foundation.log10(step) + 1e-9))) : 3
        return trimmed(String(format: "%.\(min(decimals, 6))f", value))
    }

    /// `value` with about `digits` significant digits: `0.622`, `12.5`, `3e-4`.
    public static func short(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e5 || magnitude < 0.01 { return scientific(value, significant: digits) }
        let exponent = Int(Foundation.floor(Foundation.log10(magnitude)))
        let decimals = max(0, digits - 1 - exponent)
        return trimmed(String(format: "%.\(decimals)f", value))
    }

    /// `m e k` with the mantissa trimmed: `1e-3`, `-2.5e6`.
    public static func scientific(_ value: Double, significant: Int) -> String {
        var exponent = Int(Foundation.floor(Foundation.log10(abs(value))))
        var mantissa = value / pow(10, Double(exponent))
        let places = max(0, significant - 1)
        var text = trimmed(String(format: "%.\(places)f", mantissa))
        if text == "10" || text == "-10" {
            exponent += 1
            mantissa /= 10
            text = trimmed(String(format: "%.\(places)f", mantissa))
        }
        return "\(text)e\(exponent)"
    }

    private static func significantDigits(_ value: Double, step: Double) -> Int {
        guard step > 0, step.isFinite else { return 3 }
        let digits = Int(Foundation.floor(Foundation.log10(abs(value)))) - Int(Foundation.floor(Foundation.log10(step))) + 1
        return min(max(digits, 1), 6)
    }

    private static func trimmed(_ text: String) -> String {
        var s = text
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return s
    }
}
