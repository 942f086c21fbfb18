import Foundation

/// A one-row bar whose length follows log10 of a positive value across a
/// range of decades, for quantities spanning many orders of magnitude
/// (gradient norms): with decades −8…0, 1e-4 fills half the bar. Zero,
/// negative and NaN values draw an empty bar.
public struct LogBar: Widget {
    public var label: String
    public var value: Double
    public var lowerExponent: Int
    public var upperExponent: Int
    public var valueText: String
    public var color: Color?
    public var labelWidth: Int?

    public init(label: String, value: Double, decades: ClosedRange<Int> = -8...0, valueText: String? = nil,
                color: Color? = nil, labelWidth: Int? = nil) {
        self.label = label
        self.value = value
        self.lowerExponent = decades.lowerBound
        self.upperExponent = max(decades.upperBound, decades.lowerBound + 1)
        self.valueText = valueText ?? NumberFormat.short(value, digits: 2)
        self.color = color
        self.labelWidth = labelWidth
    }

    /// The bar's filled share, 0…1.
    public var share: Double {
        guard value > 0, value.isFinite else { return value == .infinity ? 1 : 0 }
        let s = (log10(value) - Double(lowerExponent)) / Double(upperExponent - lowerExponent)
        return min(max(s, 0), 1)
    }

    public func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        BarMeter(label: label, share: share, valueText: valueText, color: color, labelWidth: labelWidth)
            .render(into: &screen, area: area, options: options)
    }
}
