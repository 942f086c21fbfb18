/// The size, noise and number of classes of a seeded set. On the
/// classification sets noise moves the inputs; on the regression sets it is
/// added to the target, and `classes` is 1.
public struct SyntheticParameters: Sendable, Hashable {
    public var count: Int
    public var noise: Double
    public var classes: Int

    public static func defaults(for shape: SyntheticShape) -> SyntheticParameters {
        switch shape {
        // The arms of a two-arm spiral are ~0.29 apart; more noise blurs them away.
        case .spiral: SyntheticParameters(count: 400, noise: 0.05, classes: 2)
        case .xor, .circles, .moons, .gaussians: SyntheticParameters(count: 400, noise: 0.1, classes: 2)
        // A little noise shows the points are data; the cubic is the noisy one.
        case .sin, .abs, .step: SyntheticParameters(count: 200, noise: 0.02, classes: 1)
        case .cubic: SyntheticParameters(count: 200, noise: 0.1, classes: 1)
        case .plane, .multigauss: SyntheticParameters(count: 400, noise: 0.02, classes: 1)
        }
    }

    public static func classRange(for shape: SyntheticShape) -> ClosedRange<Int> {
        switch shape {
        case .spiral, .circles, .gaussians: 2...8
        case .xor, .moons: 2...2
        case .sin, .abs, .step, .cubic, .plane, .multigauss: 1...1
        }
    }

    /// The largest `n` a spec may ask for.
    public static let maximumCount = 1_000_000

    /// Parses `n=400,noise=0.1,classes=3` (any subset, any order).
    public init(shape: SyntheticShape, text: String) throws(DatasetError) {
        self = .defaults(for: shape)
        var seen: Set<String> = []
        let known = shape.task == .regression ? "n, noise" : "n, noise, classes"
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = String(item).trimmingWhitespace()
            if entry.isEmpty {
                if text.trimmingWhitespace().isEmpty { continue }
                throw DatasetError("empty parameter in '\(shape.rawValue):\(text)'")
            }
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw DatasetError("malformed parameter '\(entry)' for \(shape.rawValue); expected key=value (\(known))")
            }
            let key = String(parts[0]).trimmingWhitespace().lowercased()
            let value = String(parts[1]).trimmingWhitespace()
            guard seen.insert(key).inserted else {
                throw DatasetError("parameter '\(key)' given twice for \(shape.rawValue)")
            }
            switch key {
            case "n":
                guard let n = Int(value), n >= 1, n <= SyntheticParameters.maximumCount else {
                    throw DatasetError("bad parameter 'n=\(value)' for \(shape.rawValue): n must be an integer from 1 to \(SyntheticParameters.maximumCount)")
                }
                count = n
            case "noise":
                guard let x = Double(value), x.isFinite, x >= 0, x <= 1 else {
                    throw DatasetError("bad parameter 'noise=\(value)' for \(shape.rawValue): noise must be a number from 0 to 1")
                }
                noise = x
            case "classes" where shape.task == .classification:
                let range = Self.classRange(for: shape)
                guard let k = Int(value), range.contains(k) else {
                    let allowed = range.count == 1 ? "exactly \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
                    throw DatasetError("bad parameter 'classes=\(value)' for \(shape.rawValue): classes must be \(allowed)")
                }
                classes = k
            default:
                throw DatasetError("unknown parameter '\(key)' for \(shape.rawValue); known: \(known)")
            }
        }
        // Each class needs a training point, and one for the test set.
        guard count >= 2 * classes else {
            if shape.task == .regression {
                throw DatasetError("bad parameter 'n=\(count)' for \(shape.rawValue): need at least 2 points (one to train on, one to test)")
            }
            throw DatasetError("bad parameter 'n=\(count)' for \(shape.rawValue): need at least \(2 * classes) points for \(classes) classes")
        }
    }

    public init(count: Int, noise: Double, classes: Int) {
        self.count = count
        self.noise = noise
        self.classes = classes
    }
}

