extension Activation {
    /// How far a smooth activation stays within `tolerance` (10%) of its
    /// tangent line at 0: the largest r such that |f(x) − f(0) − f′(0)·x| ≤
    /// tolerance·|f′(0)·x| for every |x| ≤ r (within 1/64, searched to ±8).
    /// Inputs inside it see an almost linear function, so a net whose
    /// inputs stay there is almost linear too (tanh is, for |x| ≤ 0.58).
    /// Nil for a line itself, for a kink at 0 and for a zero slope there.
    public var linearRange: Double? {
        guard entry.properties.isSmooth, kind != .linear else { return nil }
        let origin = value(0.0), slope = derivative(0.0)
        guard slope.isFinite, slope != 0 else { return nil }
        let step = 1.0 / 64, limit = 8.0, tolerance = 0.1
        var r = 0.0
        while r + step <= limit {
            let x = r + step
            let fits = [x, -x].allSatisfy { x in
                abs(value(x) - origin - slope * x) <= tolerance * abs(slope * x)
            }
            if !fits { break }
            r = x
        }
        return r
    }
}
