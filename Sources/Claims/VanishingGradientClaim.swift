import Activations
import Datasets
import NeuralNet

/// "Sigmoid saturates: its slope is at most 0.25 and vanishes in the
/// tails, so the gradient shrinks layer by layer toward the input": the
/// full-batch weight gradients of a deep net at its initial weights, the
/// first hidden layer's norm over the output layer's, sigmoid against ReLU
/// (each with its own `auto` initialiser: Glorot uniform, He normal).
struct VanishingGradientClaim {
    /// ‖∂L/∂W‖ per layer, input side first, output layer last.
    var sigmoidNorms: [Double]
    var reluNorms: [Double]

    static let depth = 8
    static let width = 32

    /// "Vanished": the first layer's gradient below a hundredth of the
    /// output layer's — two orders of magnitude, so one learning rate that
    /// suits the top layer moves the bottom one a hundred times less.
    static let vanishingRatio = 0.01
    /// The vanishing is sigmoid's doing, not the depth's, when ReLU's ratio
    /// in the same net is at least ten times sigmoid's.
    static let contrast = 10.0

    static func ratio(_ norms: [Double]) -> Double {
        guard let first = norms.first, let last = norms.last, last > 0 else { return .nan }
        return first / last
    }

    var sigmoidRatio: Double { Self.ratio(sigmoidNorms) }
    var reluRatio: Double { Self.ratio(reluNorms) }

    static func measure() throws -> VanishingGradientClaim {
        let data = try ClaimSetup.digits()
        func norms(_ kind: ActivationKind) throws -> [Double] {
            // One full-batch step: its diagnostics are the gradient at the
            // weights before it, the initial ones, over every training example.
            let c = ClaimSetup.configuration(.digits, hidden: Array(repeating: width, count: depth),
                                             activation: LayerActivation(kind), optimizer: .sgd, rate: 0.01, batch: 0, epochs: 1)
            var trainer = try Trainer(configuration: c, dataset: data)
            trainer.step()
            trainer.evaluate()
            let snapshot = trainer.snapshot()
            return snapshot.layers.map(\.gradientNorm) + [snapshot.outputGradientNorm]
        }
        return VanishingGradientClaim(sigmoidNorms: try norms(.sigmoid), reluNorms: try norms(.relu))
    }

    var verdict: Verdict {
        guard sigmoidRatio.isFinite, reluRatio.isFinite else { return .depends }
        if sigmoidRatio >= Self.vanishingRatio { return .doesNotHoldHere }
        return reluRatio >= Self.contrast * sigmoidRatio ? .holds : .depends
    }

    var report: ClaimReport {
        let s = ClaimSetup.scientific
        let setup = "digits, \(Self.depth)×\(Self.width), full-batch gradient at the initial weights"
        let setupKo = "digits, \(Self.depth)×\(Self.width), 초기 가중치에서 전체 배치 기울기"
        let reason: Phrase
        switch verdict {
        case .holds:
            reason = Phrase("sigmoid's first-layer gradient is below \(s(Self.vanishingRatio)) of the output layer's, "
                            + "and ReLU's ratio is \(ClaimSetup.fixed(reluRatio / sigmoidRatio, 0))× sigmoid's",
                            "sigmoid의 첫 층 기울기가 출력층의 \(s(Self.vanishingRatio)) 미만이고, "
                            + "ReLU의 비율은 sigmoid의 \(ClaimSetup.fixed(reluRatio / sigmoidRatio, 0))배")
        case .doesNotHoldHere:
            reason = Phrase("sigmoid's first-layer gradient is not below \(s(Self.vanishingRatio)) of the output layer's",
                            "sigmoid의 첫 층 기울기가 출력층의 \(s(Self.vanishingRatio)) 미만으로 줄지 않음")
        case .depends:
            reason = Phrase("sigmoid's gradient vanishes, but ReLU's nearly as much (less than \(ClaimSetup.fixed(Self.contrast, 0))× apart): "
                            + "the depth, not sigmoid", "sigmoid의 기울기가 소실되지만 ReLU도 거의 같음 "
                            + "(\(ClaimSetup.fixed(Self.contrast, 0))배 미만 차이): sigmoid가 아니라 깊이 때문")
        }
        return ClaimReport(
            name: .saturation,
            claim: Phrase("Sigmoid saturates and its gradients vanish toward the input",
                          "sigmoid는 포화되고 기울기가 입력 쪽으로 갈수록 소실됨"),
            reference: Phrase("lecture: σ′ ≤ 0.25 and → 0 in the tails, so backpropagation multiplies small factors layer by layer",
                              "강의: σ′ ≤ 0.25이고 양 끝에서 0에 가까우므로 역전파가 층마다 작은 값을 곱함"),
            measured: Phrase("\(setup); ‖∂L/∂W₁‖ / ‖∂L/∂W_out‖: sigmoid (Glorot) \(s(sigmoidRatio)), ReLU (He) \(s(reluRatio))",
                             "\(setupKo); ‖∂L/∂W₁‖ / ‖∂L/∂W_out‖: sigmoid (Glorot) \(s(sigmoidRatio)), ReLU (He) \(s(reluRatio))"),
            verdict: verdict, reason: reason,
            figures: [("sigmoid_gradient_ratio", sigmoidRatio), ("relu_gradient_ratio", reluRatio)]
                + sigmoidNorms.enumerated().map { ("sigmoid_gradient_norm_\($0.offset + 1)", $0.element) }
                + reluNorms.enumerated().map { ("relu_gradient_norm_\($0.offset + 1)", $0.element) })
    }
}
