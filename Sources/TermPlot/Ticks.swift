import Foundation

/// Tick positions people can read at a glance: multiples of 1, 2 or 5 times
/// a power of ten on linear axes, whole decades (or 1-2-5 within a decade)
/// on log axes.
public enum Ticks {
    /// The spacing used by `linear` for this range and count.
    public static func niceStep(lower: Double, upper: Double, maxCount: Int) -> Double {
        let span = upper - lower
        guard span > 0, span.isFinite, maxCount >= 2 else { return 0 }
        var exponent = Foundation.floor(Foundation.log10(span / Double(maxCount)))
        while true {
            let base = pow(10, exponent)
            guard base.isFinite, base > 0 else { return 0 }
            for m in [1.0, 2.0, 5.0] {
                let step = m * base
                if count(lower: lower, upper: upper, step: step) <= maxCount { return step }
            }
            exponent += 1
        }
    }

    /// Ticks inside `lower...upper`, at most `maxCount` of them (at least 2
    /// when the range allows), spaced by a 1-2-5 step.
    public static func linear(lower: Double, upper: Double, maxCount: Int) -> [Double] {
        guard lower.isFinite, upper.isFinite else { return [] }
        guard upper > lower else { return [lower] }
        let step = niceStep(lower: lower, upper: upper, maxCount: max(2, maxCount))
        guard step > 0 else { return [lower] }
        let first = Foundation.ceil(lower / step - 1e-9)
        let last = Foundation.floor(upper / step + 1e-9)
        guard first <= last else { return [] }
        return stride(from: first, through: last, by: 1).map { k in
            let v = k * step
            return abs(v) < step * 1e-9 ? 0 : v
        }
    }

    /// Ticks for a log axis between two positive values: decades (every
    /// n-th if there are many), with 2 and 5 added when the range spans
    /// too few decades, and linear ticks as a last resort.
    public static func logarithmic(lower: Double, upper: Double, maxCount: Int) -> [Double] {
        guard lower > 0, upper > lower, lower.isFinite, upper.isFinite else { return lower > 0 ? [lower] : [] }
        let lo = Foundation.log10(lower), hi = Foundation.log10(upper)
        let firstDecade = Int(Foundation.ceil(lo - 1e-9)), lastDecade = Int(Foundation.floor(hi + 1e-9))
        let decades = firstDecade <= lastDecade ? Array(firstDecade...lastDecade) : []
        if decades.count >= 2 {
            let every = max(1, Int(Foundation.ceil(Double(decades.count) / Double(max(2, maxCount)))))
            return decades.filter { ($0 - firstDecade) % every == 0 }.map { pow(10, Double($0)) }
        }
        var candidates: [Double] = []
        for k in (firstDecade - 1)...(lastDecade + 1) {
            for m in [1.0, 2.0, 5.0] {
                let v = m * pow(10, Double(k))
                if v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9) { candidates.append(v) }
            }
        }
        if candidates.count >= 2 && candidates.count <= max(2, maxCount) { return candidates }
        return linear(lower: lower, upper: upper, maxCount: maxCount).filter { $0 > 0 }
    }

    private static func count(lower: Double, upper: Double, step: Double) -> Int {
        let first = Foundation.ceil(lower / step - 1e-9)
        let last = Foundation.floor(upper / step + 1e-9)
        // A step tiny against the values gives a count beyond Int (or
        // inf − inf): too many, so the caller tries a larger step.
        let n = last - first + 1
        guard n.isFinite, n < Double(Int.max / 2) else { return Int.max }
        return max(0, Int(n))
    }
}
