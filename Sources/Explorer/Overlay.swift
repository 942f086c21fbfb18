/// A window drawn over the panes; it takes the keys while open.
enum Overlay: Hashable, Sendable {
    case help
    case picker(ActivationPicker)
    /// The one-line command that opens the scene on screen.
    case command(String)
    /// The settings window (`x`), with its chosen row.
    case settings(selection: Int)
}
