import Activations
import Datasets
import NeuralNet

/// "Maxout doubles the parameters (and the work)": the same net with
/// ReLU and with 2-piece maxout, parameters counted from the built
/// networks and a training step timed, at the lecture's width.
struct MaxoutClaim {
    var reluParameters: Int
    var maxoutParameters: Int
    /// The output layer's share, the same in both: (width + 1) × classes.
    var outputParameters: Int
    var reluStepSeconds: Double
    var maxoutStepSeconds: Double

    static let width = 1000
    static let pieces = 2

    /// The hidden weights must be `pieces` times ReLU's, to the parameter.
    static let parameterTolerance = 1e-9
    /// Twice the hidden products must show in the step: a tenth of the
    /// step or less would be lost among the parts that do not double.
    static let timeRatio = 1.2

    var hiddenRatio: Double { Double(maxoutParameters - outputParameters) / Double(max(reluParameters - outputParameters, 1)) }
    var totalRatio: Double { Double(maxoutParameters) / Double(max(reluParameters, 1)) }
    var stepRatio: Double { maxoutStepSeconds / reluStepSeconds }

    static func measure() throws -> MaxoutClaim {
        let data = try ClaimSetup.digits()
        let configurations = [LayerActivation(.relu), .maxout(pieces: pieces)].map { activation in
            ClaimSetup.configuration(.digits, hidden: [width], activation: activation, optimizer: .sgd, rate: 0.0001,
                                     batch: 32, epochs: 1000)
        }
        let parameters = try configurations.map { try Trainer(configuration: $0, dataset: data).network.parameterCount }
        let steps = try ClaimSetup.stepSeconds(configurations, on: data)
        return MaxoutClaim(reluParameters: parameters[0], maxoutParameters: parameters[1],
                           outputParameters: (width + 1) * data.classCount, reluStepSeconds: steps[0], maxoutStepSeconds: steps[1])
    }

    var verdict: Verdict {
        guard abs(hiddenRatio - Double(Self.pieces)) <= Self.parameterTolerance else { return .doesNotHoldHere }
        return stepRatio >= Self.timeRatio ? .holds : .depends
    }

    var report: ClaimReport {
        let r = ClaimSetup.ratio
        let ms = { (x: Double) in ClaimSetup.fixed(x * 1e3, 3) }
        let reason: Phrase
        switch verdict {
        case .holds:
            reason = Phrase("the hidden weights are exactly \(r(hiddenRatio)) ReLU's and a step takes \(r(stepRatio)) as long "
                            + "(≥ \(r(Self.timeRatio)))", "은닉층 가중치가 정확히 ReLU의 \(r(hiddenRatio))이고 학습 스텝은 "
                            + "\(r(stepRatio)) 걸림 (≥ \(r(Self.timeRatio)))")
        case .doesNotHoldHere:
            reason = Phrase("the hidden weights are \(r(hiddenRatio)) ReLU's, not \(Self.pieces)×",
                            "은닉층 가중치가 ReLU의 \(r(hiddenRatio))로 \(Self.pieces)배가 아님")
        case .depends:
            reason = Phrase("the hidden weights double, but a step takes only \(r(stepRatio)) as long (under \(r(Self.timeRatio)))",
                            "은닉층 가중치는 두 배지만 학습 스텝은 \(r(stepRatio))만 걸림 (\(r(Self.timeRatio)) 미만)")
        }
        return ClaimReport(
            name: .maxout,
            claim: Phrase("Maxout doubles the parameters and the computation", "Maxout은 파라미터 수와 계산량을 두 배로 늘림"),
            reference: Phrase("lecture: each maxout unit has k = 2 weight sets, so twice the parameters of a ReLU layer",
                              "강의: maxout 유닛마다 가중치 묶음이 k = 2개라 ReLU 층의 두 배 파라미터"),
            measured: Phrase("digits 64-\(Self.width)-10: ReLU \(reluParameters) parameters, maxout \(maxoutParameters) "
                             + "(hidden layer \(r(hiddenRatio)), whole net \(r(totalRatio))); a step (batch 32, one thread) ReLU \(ms(reluStepSeconds)) ms, "
                             + "maxout \(ms(maxoutStepSeconds)) ms (\(r(stepRatio)))",
                             "digits 64-\(Self.width)-10: ReLU 파라미터 \(reluParameters)개, maxout \(maxoutParameters)개 "
                             + "(은닉층 \(r(hiddenRatio)), 전체 \(r(totalRatio))); 학습 스텝 (배치 32, 스레드 1개) ReLU \(ms(reluStepSeconds)) ms, "
                             + "maxout \(ms(maxoutStepSeconds)) ms (\(r(stepRatio)))"),
            verdict: verdict, reason: reason,
            figures: [("relu_parameters", Double(reluParameters)), ("maxout_parameters", Double(maxoutParameters)),
                      ("hidden_parameter_ratio", hiddenRatio), ("relu_step_seconds", reluStepSeconds),
                      ("maxout_step_seconds", maxoutStepSeconds), ("step_ratio", stepRatio)])
    }
}
