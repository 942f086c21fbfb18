import NeuralNet

/// The lecture's step on another data set. The lecture sums the gradients
/// over MNIST's 60,000 training images at lr 1e-6, so an epoch moves the
/// weights by lr × 60,000 = 0.06 times the mean gradient. Summed over
/// digits' 1,438 examples the same lr moves them 42 times less; the `m` key
/// sets lr = 0.06 / examples, the lecture's step on the data in use, and
/// back again.
extension Explorer {
    static let lectureRate = 1e-6
    static let lectureExamples = 60_000.0

    /// lr × examples of the lecture on MNIST.
    static var lectureStep: Double { lectureRate * lectureExamples }

    /// The rate that gives the lecture's step on `examples` summed examples.
    static func lectureRate(forExamples examples: Int) -> Double {
        lectureStep / Double(max(examples, 1))
    }

    mutating func toggleLectureStep() -> [Effect] {
        let strings = Strings.of(options.language)
        guard configuration.reduction == .sum, let examples = snapshot?.trainCount, examples > 0 else {
            show(strings.lectureStepNeedsSums)
            return []
        }
        let matched = Explorer.lectureRate(forExamples: examples)
        let current = configuration.learningRate.value
        let isMatched = abs(current - matched) <= 1e-9 * matched
        let fallback = Explorer.configuration(for: preset).learningRate.value
        let target = isMatched ? (abs(fallback - matched) <= 1e-9 * matched ? Explorer.lectureRate : fallback) : matched
        guard let rate = try? LearningRate(target) else { return [] }
        configuration.learningRate = rate
        show(strings.lectureStepNotice(rate: target, examples: examples, matched: !isMatched))
        return restart(keepingGhost: true)
    }
}
