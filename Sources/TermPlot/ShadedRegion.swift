/// An x-range of a chart drawn with a background: where an activation
/// saturates (its slope is small) or is dead (its slope is exactly zero).
public struct ShadedRegion: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case saturated
        case dead

        public var defaultLabel: String {
            switch self {
            case .saturated: return "saturated"
            case .dead: return "dead (f′=0)"
            }
        }
    }

    public var lowerX: Double
    public var upperX: Double
    public var kind: Kind
    public var label: String

    public init(lowerX: Double, upperX: Double, kind: Kind, label: String? = nil) {
        self.lowerX = min(lowerX, upperX)
        self.upperX = max(lowerX, upperX)
        self.kind = kind
        self.label = label ?? kind.defaultLabel
    }

    public func contains(_ x: Double) -> Bool { x >= lowerX && x <= upperX }

    /// Regions from samples of f′ at increasing `xs`. A sample is dead when
    /// f′ is exactly 0, saturated when |f′| < `fraction`·max|f′| over the
    /// finite samples; dead wins over saturated. Neighbouring samples of the
    /// same kind form one region, whose edges lie halfway to the next sample
    /// (and at the first and last sample at the ends). Non-finite samples
    /// belong to no region.
    public static func regions(xs: [Double], derivatives: [Double], saturationFraction fraction: Double) -> [ShadedRegion] {
        let n = min(xs.count, derivatives.count)
        guard n > 0 else { return [] }
        let largest = derivatives.prefix(n).filter(\.isFinite).map(abs).max() ?? 0
        let threshold = fraction * largest
        let kinds: [Kind?] = (0..<n).map { i in
            let d = derivatives[i]
            guard d.isFinite, xs[i].isFinite else { return nil }
            if d == 0 { return .dead }
            return abs(d) < threshold ? .saturated : nil
        }
        var regions: [ShadedRegion] = []
        var start = 0
        while start < n {
            guard let kind = kinds[start] else { start += 1; continue }
            var end = start
            while end + 1 < n && kinds[end + 1] == kind { end += 1 }
            let lower = start == 0 ? xs[0] : (xs[start - 1] + xs[start]) / 2
            let upper = end == n - 1 ? xs[n - 1] : (xs[end] + xs[end + 1]) / 2
            regions.append(ShadedRegion(lowerX: lower, upperX: upper, kind: kind))
            start = end + 1
        }
        return regions
    }
}
