import Activations

/// How activations are named on screen.
enum ActivationText {
    /// The command-line spelling, e.g. "leaky-relu".
    static func name(_ kind: ActivationKind) -> String { kind.rawValue }

    /// The prose name, e.g. "Leaky ReLU".
    static func displayName(_ kind: ActivationKind) -> String {
        Catalogue.entry(for: kind).displayName
    }
}
