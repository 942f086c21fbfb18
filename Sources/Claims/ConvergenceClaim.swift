import Activations
import NeuralNet

/// "ReLU converges about six times faster than tanh (or sigmoid)": epochs
/// to 75% training accuracy under the paper's protocol (`ConvergenceRace`),
/// the rival's over ReLU's.
struct ConvergenceClaim {
    var rival: ActivationKind
    /// Median epochs to target; nil when fewer than half the seeds got there.
    var reluEpochs: Double?
    var rivalEpochs: Double?
    var reluRate: Double
    var rivalRate: Double
    /// The epoch budget: a run that missed the target took more than this.
    var epochs: Int

    /// The paper's factor.
    static let paperFactor = 6.0
    /// "Holds" when ReLU is at least half the paper's factor faster: a
    /// different data set and net can change the factor, but less than 3×
    /// is no longer the effect the paper reported.
    static let holdsFactor = 3.0

    init(rival: ActivationKind, race: ConvergenceRace) {
        self.rival = rival
        let relu = race.row(.relu), other = race.row(rival)
        reluEpochs = relu?.medianEpochs
        rivalEpochs = other?.medianEpochs
        reluRate = relu?.learningRate.value ?? .nan
        rivalRate = other?.learningRate.value ?? .nan
        epochs = ConvergenceRace.epochs
    }

    init(rival: ActivationKind, reluEpochs: Double?, rivalEpochs: Double?, epochs: Int) {
        self.rival = rival
        self.reluEpochs = reluEpochs
        self.rivalEpochs = rivalEpochs
        reluRate = .nan
        rivalRate = .nan
        self.epochs = epochs
    }

    /// The rival's epochs over ReLU's; when the rival missed the target,
    /// the budget over ReLU's, a lower bound.
    var factor: (value: Double, isLowerBound: Bool)? {
        guard let relu = reluEpochs, relu > 0 else { return nil }
        if let rival = rivalEpochs { return (rival / relu, false) }
        return (Double(epochs) / relu, true)
    }

    var verdict: Verdict {
        guard let factor else {
            // ReLU missed the target (or met it before training).
            return rivalEpochs != nil ? .doesNotHoldHere : .depends
        }
        if factor.value >= Self.holdsFactor { return .holds }
        if factor.isLowerBound { return .depends }
        return factor.value <= 1 ? .doesNotHoldHere : .depends
    }

    var report: ClaimReport {
        let name = rival.rawValue
        func shown(_ value: Double?) -> String { value.map { ClaimSetup.fixed($0, 2) } ?? "> \(epochs)" }
        let factorText = factor.map { ($0.isLowerBound ? "> " : "") + ClaimSetup.ratio($0.value) } ?? "-"
        let rates = reluRate.isFinite ? " (lr ReLU \(ClaimSetup.rate(reluRate)), \(name) \(ClaimSetup.rate(rivalRate)))" : ""
        let ratesKo = reluRate.isFinite ? " (학습률 ReLU \(ClaimSetup.rate(reluRate)), \(name) \(ClaimSetup.rate(rivalRate)))" : ""
        let reason: Phrase
        let h = ClaimSetup.ratio(Self.holdsFactor)
        switch verdict {
        case .holds:
            reason = Phrase("ReLU reached the target \(factorText) faster than \(name) (≥ \(h), half the paper's factor)",
                            "ReLU가 \(name)보다 \(factorText) 빨리 목표에 도달함 (≥ \(h), 논문 배율의 절반)")
        case .doesNotHoldHere:
            reason = reluEpochs == nil
                ? Phrase("\(name) reached the target and ReLU did not", "\(name)는 목표에 도달했지만 ReLU는 도달하지 못함")
                : Phrase("\(name) reached the target as fast as ReLU or faster (\(factorText)), under these conditions",
                         "이 조건에서는 \(name)가 ReLU만큼 또는 더 빨리 목표에 도달함 (\(factorText))")
        case .depends:
            if factor == nil {
                reason = Phrase("neither reached the target within \(self.epochs) epochs",
                                "둘 다 \(self.epochs) 에폭 안에 목표에 도달하지 못함")
            } else if factor?.isLowerBound == true {
                reason = Phrase("\(name) missed the target within \(self.epochs) epochs, which bounds the factor only from below "
                                + "(\(factorText))", "\(name)가 \(self.epochs) 에폭 안에 목표에 도달하지 못해 배율은 하한만 알 수 있음 "
                                + "(\(factorText))")
            } else {
                reason = Phrase("ReLU was faster, but by \(factorText), under half the paper's factor (\(h))",
                                "ReLU가 더 빨랐지만 \(factorText)로 논문 배율의 절반(\(h))에 못 미침")
            }
        }
        let paper = rival == .tanh
            ? Phrase("Krizhevsky et al. 2012, Fig. 1: a 4-layer CNN on CIFAR-10 reached 25% training error 6× faster with ReLU "
                     + "than with tanh, each net's learning rate chosen to train fastest",
                     "Krizhevsky 외 2012, 그림 1: CIFAR-10의 4층 CNN이 ReLU로 tanh보다 6배 빨리 훈련 오류 25%에 도달함 "
                     + "(신경망마다 가장 빠른 학습률을 따로 고름)")
            : Phrase("lecture: ReLU converges about 6× faster than sigmoid/tanh (citing Krizhevsky 2012)",
                     "강의: ReLU가 sigmoid/tanh보다 약 6배 빨리 수렴함 (Krizhevsky 2012 인용)")
        return ClaimReport(
            name: rival == .tanh ? .reluVersusTanh : .reluVersusSigmoid,
            claim: Phrase("ReLU converges about 6× faster than \(name)", "ReLU가 \(name)보다 약 6배 빨리 수렴함"),
            reference: paper,
            measured: Phrase("\(ConvergenceRace.setup.english); epochs to 75% training accuracy: ReLU \(shown(reluEpochs)), "
                             + "\(name) \(shown(rivalEpochs))\(rates); \(name)/ReLU \(factorText)",
                             "\(ConvergenceRace.setup.korean); 훈련 정확도 75%까지 에폭: ReLU \(shown(reluEpochs)), "
                             + "\(name) \(shown(rivalEpochs))\(ratesKo); \(name)/ReLU \(factorText)"),
            verdict: verdict, reason: reason,
            figures: [("relu_epochs", reluEpochs ?? .nan), ("\(name)_epochs", rivalEpochs ?? .nan),
                      ("relu_learning_rate", reluRate), ("\(name)_learning_rate", rivalRate),
                      ("factor", factor?.value ?? .nan), ("epoch_budget", Double(epochs))])
    }
}
