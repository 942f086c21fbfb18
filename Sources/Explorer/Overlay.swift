/// A window drawn over the panes; it takes the keys while open.
enum Overlay: Hashable, Sendable {
    case help
    /// The keys' later parts on a short screen (`.help` is the first).
    case helpPart(Int)
    /// The help's second page: what every pane, colour and word means, in
    /// as many parts as the screen needs (`part` counts from 0 and wraps).
    case glossary(part: Int)
    case picker(ActivationPicker)
    /// The one-line command that opens the scene on screen.
    case command(String)
    /// The settings window (`x`), with its chosen row.
    case settings(selection: Int)
}
