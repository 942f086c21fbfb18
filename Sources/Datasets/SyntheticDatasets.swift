import RealModule

/// The seeded classroom sets, after TensorFlow Playground: small enough to
/// train in a second, and drawable as points over the decision map.
///
/// Scale: every noise-free shape lies in [−1, 1]²; noise is Gaussian with
/// standard deviation `noise`, truncated at 3σ, so every point lies in
/// [−1 − 3·noise, 1 + 3·noise]². Classes are balanced (sizes differ by at
/// most one).
enum SyntheticDatasets {
    static func make(_ shape: SyntheticShape, parameters: SyntheticParameters, seed: UInt64,
                     testFraction: Double, name: String) -> Dataset {
        if shape.task == .regression {
            return makeRegression(shape, parameters: parameters, seed: seed, testFraction: testFraction, name: name)
        }
        var random = SeededRandom(seed: seed)
        let k = parameters.classes
        var features: [Float] = []
        features.reserveCapacity(parameters.count * 2)
        var labels: [Int32] = []
        labels.reserveCapacity(parameters.count)
        for c in 0..<k {
            let size = parameters.count / k + (c < parameters.count % k ? 1 : 0)
            for i in 0..<size {
                var (x, y) = point(shape, classIndex: c, classCount: k, index: i, size: size, random: &random)
                x += parameters.noise * truncatedNormal(&random)
                y += parameters.noise * truncatedNormal(&random)
                features.append(Float(x))
                features.append(Float(y))
                labels.append(Int32(c))
            }
        }
        let split = DatasetSplit(features: features, labels: labels, featureCount: 2, classCount: k,
                                 testFraction: testFraction, seed: seed)
        return Dataset(name: name, featureCount: 2, classCount: k,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels)
    }

    /// One noise-free point of class `c`, inside [−1, 1]².
    private static func point(_ shape: SyntheticShape, classIndex c: Int, classCount k: Int, index i: Int, size: Int,
                              random: inout SeededRandom) -> (Double, Double) {
        switch shape {
        case .spiral:
            // Evenly along the arm, 1.75 turns, from near the centre out to radius 1.
            let t = (Double(i) + 0.5) / Double(size)
            let r = 0.05 + 0.95 * t
            let angle = 2 * Double.pi * Double(c) / Double(k) + 1.75 * 2 * Double.pi * t
            return (r * Double.cos(angle), r * Double.sin(angle))
        case .xor:
            // Kept 0.1 off the axes so the quadrants are separable without noise.
            let sign: Double = random.next() & 1 == 0 ? 1 : -1
            let x = sign * random.uniform(0.1, 1)
            let y = (c == 0 ? sign : -sign) * random.uniform(0.1, 1)
            return (x, y)
        case .circles:
            // Class 0 is the centre disc, the others rings with a gap between.
            let width = 1 / Double(k)
            let inner = c == 0 ? 0 : (Double(c) + 0.2) * width
            let outer = Double(c + 1) * width
            let r = random.uniform(inner, outer)
            let angle = random.uniform(0, 2 * Double.pi)
            return (r * Double.cos(angle), r * Double.sin(angle))
        case .moons:
            // Two interleaved half circles of radius 1, scaled by 1/1.5 and
            // centred, so they span [−1, 1] × [−0.5, 0.5].
            let t = random.uniform(0, Double.pi)
            let (x, y) = c == 0 ? (Double.cos(t), Double.sin(t)) : (1 - Double.cos(t), 0.5 - Double.sin(t))
            return ((x - 0.5) / 1.5, (y - 0.25) / 1.5)
        case .gaussians:
            // Centres on a circle of radius 0.5, spread σ = 0.15 truncated at
            // 3σ, so the clusters stay inside the unit square.
            let angle = 2 * Double.pi * Double(c) / Double(k) + Double.pi / 4
            let x = 0.5 * Double.cos(angle) + 0.15 * truncatedNormal(&random)
            let y = 0.5 * Double.sin(angle) + 0.15 * truncatedNormal(&random)
            return (x, y)
        case .sin, .abs, .step, .cubic, .plane, .multigauss:
            preconditionFailure("\(shape.rawValue) is a regression set (makeRegression)")
        }
    }

    /// A standard normal value conditioned on |z| ≤ 3, so the stated scale is a bound.
    static func truncatedNormal(_ random: inout SeededRandom) -> Double {
        var z = random.normal()
        while abs(z) > 3 { z = random.normal() }
        return z
    }
}

extension SyntheticDatasets {
    /// A regression set: inputs uniform in [−1, 1] (or [−1, 1]²), the
    /// target the shape's function plus Gaussian noise of standard deviation
    /// `noise` truncated at 3σ. Every target lies in [−1, 1] before noise.
    static func makeRegression(_ shape: SyntheticShape, parameters: SyntheticParameters, seed: UInt64,
                               testFraction: Double, name: String) -> Dataset {
        var random = SeededRandom(seed: seed)
        let inputs = shape.inputCount
        var features: [Float] = []
        features.reserveCapacity(parameters.count * inputs)
        var targets: [Float] = []
        targets.reserveCapacity(parameters.count)
        for _ in 0..<parameters.count {
            let x1 = random.uniform(-1, 1)
            let x2 = inputs == 2 ? random.uniform(-1, 1) : 0
            features.append(Float(x1))
            if inputs == 2 { features.append(Float(x2)) }
            let y = target(shape, x1, x2) + parameters.noise * truncatedNormal(&random)
            targets.append(Float(y))
        }
        let labels = [Int32](repeating: 0, count: parameters.count)
        let split = DatasetSplit(features: features, labels: labels, featureCount: inputs, classCount: 1,
                                 testFraction: testFraction, seed: seed, targets: targets)
        return Dataset(name: name, featureCount: inputs, classCount: 1,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels,
                       classNames: ["y"], task: .regression,
                       trainTargets: split.trainTargets, testTargets: split.testTargets)
    }

    /// The noise-free target at (x1, x2); x2 is 0 for the curves.
    static func target(_ shape: SyntheticShape, _ x1: Double, _ x2: Double) -> Double {
        switch shape {
        case .sin: return Double.sin(Double.pi * x1)
        case .abs: return Swift.abs(x1)
        case .step: return x1 < 0 ? -0.5 : 0.5
        case .cubic: return 1.5 * x1 * x1 * x1 - x1
        case .plane: return (x1 + x2) / 2
        case .multigauss:
            // Bumps at (±0.5, ±0.5), positive on one diagonal, negative on
            // the other, σ = 0.3.
            var total = 0.0
            for (cx, cy, sign) in [(0.5, 0.5, 1.0), (-0.5, -0.5, 1.0), (0.5, -0.5, -1.0), (-0.5, 0.5, -1.0)] {
                let d2 = (x1 - cx) * (x1 - cx) + (x2 - cy) * (x2 - cy)
                total += sign * Double.exp(-d2 / (2 * 0.3 * 0.3))
            }
            return total
        case .spiral, .xor, .circles, .moons, .gaussians:
            preconditionFailure("\(shape.rawValue) is a classification set")
        }
    }
}
