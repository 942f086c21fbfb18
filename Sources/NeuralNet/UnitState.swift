/// One hidden unit's health over the training set, by `Saturation`'s rules
/// (see `LayerStatistics`): what the network pane marks on its tile.
public enum UnitState: Sendable, Hashable {
    case alive
    /// f′(z) = 0 on every training example (and not saturated).
    case dead
    /// The input lies in a saturated tail on at least 90% of the examples.
    case saturated
    /// Leaky ReLU or PReLU with z ≤ 0 on every example: only ever linear.
    case stuck
}
