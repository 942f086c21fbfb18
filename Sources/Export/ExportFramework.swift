/// The frameworks `actview export` writes a script for.
public enum ExportFramework: String, Sendable, Hashable, CaseIterable {
    case pytorch
    case keras

    /// The name as people write it.
    public var displayName: String {
        switch self {
        case .pytorch: "PyTorch"
        case .keras: "Keras"
        }
    }
}
