import RealModule

/// The inputs a network sees on a 2-D set, as TensorFlow Playground offers
/// them: the coordinates x₁, x₂ and features made from them. With x₁² and
/// x₂² a network without hidden layers separates the circles, since a
/// circle is a line in (x₁², x₂²).
///
/// The features are computed from the inputs as the trainer holds them
/// (after z-scoring, when the configuration standardises), so the data
/// pane's plane and the network's inputs stay one square.
public struct InputFeatures: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let x1 = InputFeatures(rawValue: 1 << 0)
    public static let x2 = InputFeatures(rawValue: 1 << 1)
    public static let x1Squared = InputFeatures(rawValue: 1 << 2)
    public static let x2Squared = InputFeatures(rawValue: 1 << 3)
    public static let x1x2 = InputFeatures(rawValue: 1 << 4)
    public static let sinX1 = InputFeatures(rawValue: 1 << 5)
    public static let sinX2 = InputFeatures(rawValue: 1 << 6)

    /// The coordinates as they are: no expansion.
    public static let plain: InputFeatures = [.x1, .x2]
    public static let all: InputFeatures = [.x1, .x2, .x1Squared, .x2Squared, .x1x2, .sinX1, .sinX2]

    /// Each feature with its spelling, in Playground's order (the order of
    /// the network's inputs).
    public static let catalogue: [(feature: InputFeatures, name: String)] = [
        (.x1, "x1"), (.x2, "x2"), (.x1Squared, "x1^2"), (.x2Squared, "x2^2"), (.x1x2, "x1x2"),
        (.sinX1, "sin(x1)"), (.sinX2, "sin(x2)"),
    ]

    /// The sets the explorer's `f` key steps through, from the plain
    /// coordinates to everything.
    public static let explorerCycle: [InputFeatures] = [
        .plain, [.x1, .x2, .x1Squared, .x2Squared], [.x1Squared, .x2Squared],
        [.x1, .x2, .x1Squared, .x2Squared, .x1x2], [.x1, .x2, .sinX1, .sinX2], .all,
    ]

    /// The network's inputs per example.
    public var count: Int { rawValue.nonzeroBitCount }

    /// The features' spellings in input order.
    public var names: [String] { Self.catalogue.filter { contains($0.feature) }.map(\.name) }

    /// `x1,x2,x1^2`: what `--features` takes back.
    public var spelling: String { names.joined(separator: ",") }

    /// Writes the features of the point (x1, x2) to `output`, in input order.
    public func expand(_ x1: Float, _ x2: Float, into output: UnsafeMutablePointer<Float>) {
        var i = 0
        for (feature, _) in Self.catalogue where contains(feature) {
            output[i] = Self.value(of: feature, x1, x2)
            i += 1
        }
    }

    static func value(of feature: InputFeatures, _ x1: Float, _ x2: Float) -> Float {
        switch feature {
        case .x1: x1
        case .x2: x2
        case .x1Squared: x1 * x1
        case .x2Squared: x2 * x2
        case .x1x2: x1 * x2
        case .sinX1: Float.sin(x1)
        default: Float.sin(x2)
        }
    }

    /// Every row of a row-major 2-column matrix, expanded.
    public func expanding(_ points: [Float]) -> [Float] {
        let rows = points.count / 2
        var out = [Float](repeating: 0, count: rows * count)
        let width = count
        out.withUnsafeMutableBufferPointer { target in
            for row in 0..<rows {
                expand(points[row * 2], points[row * 2 + 1], into: target.baseAddress! + row * width)
            }
        }
        return out
    }
}
