/// Which data set to train on, parsed from its text once (`spiral:n=800`,
/// `digits`, `mnist:DIR`, `csv:PATH`) and carried as a value from then on.
public enum DatasetSpec: Sendable, Hashable {
    /// A seeded 2-D set, after TensorFlow Playground.
    case synthetic(SyntheticShape, SyntheticParameters)
    /// The bundled 8×8 handwritten digits (UCI, 1 797 images).
    case digits
    /// MNIST's four IDX files (plain or gzip'd) in a directory.
    case mnist(directory: String)
    /// A numeric CSV file; the label column counts from 0, negative from the
    /// end, and nil means the last.
    case csv(path: String, labelColumn: Int?)

    /// A seeded set with its default size, noise and classes.
    public static func synthetic(_ shape: SyntheticShape) -> DatasetSpec {
        .synthetic(shape, .defaults(for: shape))
    }

    /// The sets that need no file, in the order the explorer's `d` key
    /// cycles through them.
    public static let builtIn: [DatasetSpec] = [.digits] + SyntheticShape.allCases.map { .synthetic($0) }

    /// Every spelling the parser takes, for help texts and error messages.
    public static let spellings: [String] = ["digits"] + SyntheticShape.allCases.map(\.rawValue) + ["mnist:DIR", "csv:PATH"]

    /// The kind of set, without its parameters: `spiral`, `digits`, `mnist`, `csv`.
    public var kindName: String {
        switch self {
        case .synthetic(let shape, _): shape.rawValue
        case .digits: "digits"
        case .mnist: "mnist"
        case .csv: "csv"
        }
    }

    /// True for the sets the data pane draws as points over a plane.
    public var isPlanar: Bool {
        if case .synthetic(let shape, _) = self { return shape.inputCount == 2 }
        return false
    }

    /// The task the set itself decides; nil for a CSV file, whose label
    /// column can be read either way (`--task`).
    public var intrinsicTask: LearningTask? {
        switch self {
        case .synthetic(let shape, _): shape.task
        case .digits, .mnist: .classification
        case .csv: nil
        }
    }

    /// The same kind with its default parameters, for matching against `builtIn`.
    public var withDefaultParameters: DatasetSpec {
        if case .synthetic(let shape, _) = self { return .synthetic(shape) }
        return self
    }
}
