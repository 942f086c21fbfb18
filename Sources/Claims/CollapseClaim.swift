import Activations
import Datasets
import NeuralNet

/// "Without activations, stacked layers collapse into one linear layer":
/// linear nets of several depths against a net with no hidden layer at all
/// (softmax regression), all trained to convergence on the spiral, which no
/// straight boundary separates; a ReLU net of the middle depth shows what
/// the depth could do with an activation.
struct CollapseClaim {
    /// Training accuracy with no hidden layer.
    var baseline: Double
    /// Training accuracy of the linear nets, by depth.
    var linear: [(depth: Int, accuracy: Double)]
    /// Training accuracy of ReLU at `contrastDepth`.
    var relu: Double

    static let depths = [1, 3, 8]
    static let contrastDepth = 3
    static let width = 32
    /// Full-batch Adam for this long converges every one of these nets on
    /// the 320 training points, so what differs is what they can represent.
    static let epochs = 500

    /// One point (3 of the spiral's 320 training points): converged linear
    /// nets compute one linear map each, so their accuracy can differ from
    /// the regression's only where two nearly equal boundaries split a point
    /// or two differently.
    static let tolerance = 0.01
    /// The data must need a curve, or the collapse cannot show: ReLU at the
    /// same depth must beat the straight line by ten points.
    static let contrast = 0.10

    static func measure() throws -> CollapseClaim {
        let data = try ClaimSetup.spiral()
        func accuracy(_ hidden: [Int], _ kind: ActivationKind) throws -> Double {
            let c = ClaimSetup.configuration(.synthetic(.spiral), hidden: hidden, activation: LayerActivation(kind),
                                             optimizer: .adam, rate: 0.01, batch: 0, epochs: epochs)
            return try ClaimSetup.trained(c, on: data).snapshot().trainAccuracy ?? 0
        }
        return CollapseClaim(
            baseline: try accuracy([], .linear),
            linear: try depths.map { ($0, try accuracy(Array(repeating: width, count: $0), .linear)) },
            relu: try accuracy(Array(repeating: width, count: contrastDepth), .relu))
    }

    var verdict: Verdict {
        let gaps = linear.map { $0.accuracy - baseline }
        if gaps.contains(where: { $0 > Self.tolerance }) { return .doesNotHoldHere }
        if gaps.contains(where: { $0 < -Self.tolerance }) { return .depends }
        return relu - baseline >= Self.contrast ? .holds : .depends
    }

    var report: ClaimReport {
        let p = ClaimSetup.percent
        let depths = linear.map { "×\($0.depth) \(p($0.accuracy))" }.joined(separator: ", ")
        let worst = linear.map { abs($0.accuracy - baseline) }.max() ?? 0
        let setup = "spiral, \(Self.width) units a layer, \(Self.epochs) full-batch Adam epochs"
        let setupKo = "spiral, 층마다 \(Self.width)개 유닛, 전체 배치 Adam \(Self.epochs) 에폭"
        let tolerance = ClaimSetup.points(Self.tolerance), gap = ClaimSetup.points(worst)
        let gain = ClaimSetup.points(relu - baseline), contrast = ClaimSetup.points(Self.contrast)
        let reason: Phrase
        switch verdict {
        case .holds:
            reason = Phrase("every linear depth within \(tolerance.english) of the no-hidden-layer baseline (largest gap \(gap.english)), "
                            + "while ReLU at depth \(Self.contrastDepth) gains \(gain.english)",
                            "모든 깊이의 선형 신경망이 은닉층 없는 기준선과 \(tolerance.korean) 이내임 (최대 차이 \(gap.korean)); "
                            + "같은 깊이 \(Self.contrastDepth)의 ReLU는 \(gain.korean) 더 높음")
        case .doesNotHoldHere:
            reason = Phrase("a linear net beat the no-hidden-layer baseline by more than \(tolerance.english)",
                            "선형 신경망이 은닉층 없는 기준선보다 \(tolerance.korean) 넘게 높음")
        case .depends:
            reason = relu - baseline < Self.contrast
                ? Phrase("the linear nets match the baseline, but ReLU does not beat it by \(contrast.english) either: "
                         + "this set does not need a curve", "선형 신경망은 기준선과 같지만 ReLU도 \(contrast.korean) 넘게 "
                         + "앞서지 못함: 이 데이터에는 곡선이 필요 없음")
                : Phrase("a deep linear net trained worse than the baseline by more than \(tolerance.english): not converged "
                         + "in \(Self.epochs) epochs", "깊은 선형 신경망이 기준선보다 \(tolerance.korean) 넘게 낮음: "
                         + "\(Self.epochs) 에폭 안에 수렴하지 못함")
        }
        return ClaimReport(
            name: .noActivation,
            claim: Phrase("Without activations, stacked layers collapse into one linear layer",
                          "활성화 함수가 없으면 층을 쌓아도 선형 층 하나로 합쳐짐"),
            reference: Phrase("lecture: W₃(W₂(W₁x)) = (W₃W₂W₁)x = Wx, so depth adds nothing",
                              "강의: W₃(W₂(W₁x)) = (W₃W₂W₁)x = Wx 이므로 깊이가 아무것도 더하지 못함"),
            measured: Phrase("\(setup); training accuracy: no hidden layer \(p(baseline)); linear \(depths); "
                             + "ReLU ×\(Self.contrastDepth) \(p(relu))",
                             "\(setupKo); 훈련 정확도: 은닉층 없음 \(p(baseline)); 선형 \(depths); "
                             + "ReLU ×\(Self.contrastDepth) \(p(relu))"),
            verdict: verdict, reason: reason,
            figures: [("baseline_train_accuracy", baseline)] + linear.map { ("linear_\($0.depth)_train_accuracy", $0.accuracy) }
                + [("relu_\(Self.contrastDepth)_train_accuracy", relu)])
    }
}
