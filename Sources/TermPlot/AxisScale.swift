import Foundation

/// How values map to positions along an axis.
public enum AxisScale: Hashable, Sendable {
    case linear
    /// Base-10 logarithm, for loss curves; values ≤ 0 have no position.
    case log10

    /// The position of `value` on this scale, nil if it has none (NaN,
    /// infinite, or non-positive on a log scale).
    public func position(of value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log10: return value > 0 ? Foundation.log10(value) : nil
        }
    }

    /// The value at a position (the inverse of `position(of:)`).
    public func value(at position: Double) -> Double {
        switch self {
        case .linear: return position
        case .log10: return pow(10, position)
        }
    }
}
