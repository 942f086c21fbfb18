/// The explorer's panes: what Tab moves the focus between, what `z` shows
/// full-screen, and what a scene remembers as focused or zoomed.
public enum Pane: String, CaseIterable, Sendable, Hashable {
    case activation, training, health, data, network, notes

    /// The order Tab visits the panes in, left column first.
    static let focusOrder: [Pane] = [.activation, .training, .health, .data, .network, .notes]

    /// The pane after (or before) this one in `focusOrder`, wrapping round.
    func moved(by offset: Int) -> Pane {
        let order = Pane.focusOrder
        guard let i = order.firstIndex(of: self) else { return order[0] }
        return order[((i + offset) % order.count + order.count) % order.count]
    }
}
