/// An x-range of a chart drawn with a background: where an activation
/// saturates (its slope vanishes in a tail) or has a zero slope (dead).
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

    /// Regions from classified samples at increasing `xs` (what each sample
    /// is, or nil for neither; the caller decides by its own rule, as
    /// actview's `Saturation` does). Neighbouring samples of the same kind
    /// form one region, whose edges lie halfway to the next sample (and at
    /// the first and last sample at the ends, or next to a non-finite x,
    /// which belongs to no region).
    public static func regions(xs: [Double], kinds: [Kind?]) -> [ShadedRegion] {
        let n = min(xs.count, kinds.count)
        guard n > 0 else { return [] }
        let kinds: [Kind?] = (0..<n).map { xs[$0].isFinite ? kinds[$0] : nil }
        var regions: [ShadedRegion] = []
        var start = 0
        while start < n {
            guard let kind = kinds[start] else { start += 1; continue }
            var end = start
            while end + 1 < n && kinds[end + 1] == kind { end += 1 }
            let lower = start == 0 || !xs[start - 1].isFinite ? xs[start] : (xs[start - 1] + xs[start]) / 2
            let upper = end == n - 1 || !xs[end + 1].isFinite ? xs[end] : (xs[end] + xs[end + 1]) / 2
            regions.append(ShadedRegion(lowerX: lower, upperX: upper, kind: kind))
            start = end + 1
        }
        return regions
    }
}
