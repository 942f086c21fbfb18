/// Data coordinates to dots and cells of a plot rectangle.
struct Mapping: Sendable {
    let xLower: Double, xUpper: Double
    /// In scale positions.
    let yLower: Double, yUpper: Double
    let plot: Rect

    var dotWidth: Int { plot.width * 2 }
    var dotHeight: Int { plot.height * 4 }

    func dotX(_ x: Double) -> Double { (x - xLower) / (xUpper - xLower) * Double(dotWidth - 1) }
    func dotY(_ p: Double) -> Double { (yUpper - p) / (yUpper - yLower) * Double(dotHeight - 1) }

    /// The screen column of `x`; nil outside (or on the edge, when `strict`).
    func column(forX x: Double, strict: Bool = false) -> Int? {
        let d = dotX(x)
        guard d.isFinite, d > -0.5, d < Double(dotWidth) - 0.5 else { return nil }
        let c = Int((d.rounded() / 2).rounded(.down))
        if strict && (c <= 0 || c >= plot.width - 1) { return nil }
        return plot.x + c
    }

    func row(forPosition p: Double, strict: Bool = false) -> Int? {
        let d = dotY(p)
        guard d.isFinite, d > -0.5, d < Double(dotHeight) - 0.5 else { return nil }
        let r = Int((d.rounded() / 4).rounded(.down))
        if strict && (r <= 0 || r >= plot.height - 1) { return nil }
        return plot.y + r
    }

    /// The x value at the middle of a screen column.
    func x(atColumnCentre column: Int) -> Double {
        let d = Double(column - plot.x) * 2 + 0.5
        return xLower + d / Double(dotWidth - 1) * (xUpper - xLower)
    }
}
