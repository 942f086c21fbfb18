/// Which part of the screen a cell belongs to.
extension Layout {
    /// The pane drawn over (x, y), if any.
    func pane(atX x: Int, y: Int) -> Pane? {
        shownPanes.first { rect(for: $0)?.contains(x: x, y: y) == true }
    }
}
