/// The seeded classroom sets' shapes: 2-D classification sets after
/// TensorFlow Playground, 1-D regression curves whose fits show an
/// activation's shape, and Playground's 2-D regression surfaces.
public enum SyntheticShape: String, CaseIterable, Sendable, Hashable, Codable {
    case spiral, xor, circles, moons, gaussians
    /// y = sin(πx) over [−1, 1]: one period, smooth.
    case sin
    /// y = |x|: one kink, which a ReLU fit has and a tanh fit rounds.
    case abs
    /// y = −0.5 for x < 0, 0.5 from 0 on: a jump no continuous fit matches.
    case step
    /// y = 1.5x³ − x, with more noise by default.
    case cubic
    /// y = (x₁ + x₂) / 2 over [−1, 1]²: Playground's plane.
    case plane
    /// Four Gaussian bumps of alternating sign: Playground's multi-Gaussian.
    case multigauss

    /// Whether the set's targets are classes or numbers.
    public var task: LearningTask {
        switch self {
        case .spiral, .xor, .circles, .moons, .gaussians: .classification
        case .sin, .abs, .step, .cubic, .plane, .multigauss: .regression
        }
    }

    /// Inputs per example: 1 for the curves, 2 for the planes.
    public var inputCount: Int {
        switch self {
        case .sin, .abs, .step, .cubic: 1
        default: 2
        }
    }
}
