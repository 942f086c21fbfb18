import Activations
import Datasets
import NeuralNet

/// "SELU self-normalises: with standardised inputs and LeCun-normal
/// weights, each layer's outputs keep mean 0 and standard deviation 1":
/// the outputs of the deepest of 16 layers at the initial weights, over the
/// training set; beside them SELU on raw inputs, and ReLU and tanh with
/// their own initialisers, on the same standardised inputs.
struct SELUClaim {
    struct Moments {
        var label: String
        var mean: Double
        var deviation: Double
    }

    /// SELU (LeCun normal) on standardised digits: the claim's conditions.
    var selu: Moments
    var others: [Moments]

    static let depth = 16
    static let width = 64

    /// Within 0.2 of the fixed point (0, 1): a layer of 64 units drawn at
    /// random carries a gain off by about 1/√64 ≈ 0.125, so a tighter bound
    /// would test one draw of the weights, not the activation.
    static let tolerance = 0.2

    static func measure() throws -> SELUClaim {
        let raw = try ClaimSetup.digits()
        let standardised = ClaimSetup.standardised(raw)
        func moments(_ label: String, _ kind: ActivationKind, _ data: Dataset) throws -> Moments {
            let c = ClaimSetup.configuration(.digits, hidden: Array(repeating: width, count: depth), activation: LayerActivation(kind),
                                             optimizer: .sgd, rate: 0.01, batch: 32, epochs: 1)
            var trainer = try Trainer(configuration: c, dataset: data)
            trainer.evaluate()
            let last = trainer.snapshot().layers.last
            return Moments(label: label, mean: last?.activationMean ?? .nan, deviation: last?.activationStandardDeviation ?? .nan)
        }
        return SELUClaim(
            selu: try moments("selu", .selu, standardised),
            others: [try moments("selu-raw", .selu, raw), try moments("relu", .relu, standardised), try moments("tanh", .tanh, standardised)])
    }

    static func isNormalised(_ m: Moments) -> Bool {
        abs(m.mean) <= tolerance && abs(m.deviation - 1) <= tolerance
    }

    var verdict: Verdict { Self.isNormalised(selu) ? .holds : .doesNotHoldHere }

    var report: ClaimReport {
        let f = { (x: Double) in ClaimSetup.fixed(x, 3) }
        func moments(_ m: Moments, korean: Bool = false) -> String {
            korean ? "평균 \(f(m.mean)), 표준편차 \(f(m.deviation))" : "mean \(f(m.mean)), std \(f(m.deviation))"
        }
        let names = ["selu-raw": ("SELU on raw pixels", "원본 픽셀의 SELU"), "relu": ("ReLU (He)", "ReLU (He)"),
                     "tanh": ("tanh (Glorot)", "tanh (Glorot)")]
        let others = others.map { (names[$0.label]?.0 ?? $0.label, names[$0.label]?.1 ?? $0.label, $0) }
        let reason = verdict == .holds
            ? Phrase("SELU's layer \(Self.depth) stays within \(Self.tolerance) of mean 0 and std 1"
                     + (others.first.map { Self.isNormalised($0.2) ? "" : "; on raw inputs it does not" } ?? ""),
                     "SELU의 \(Self.depth)번째 층이 평균 0, 표준편차 1에서 \(Self.tolerance) 이내로 유지됨"
                     + (others.first.map { Self.isNormalised($0.2) ? "" : "; 표준화하지 않은 입력에서는 유지되지 않음" } ?? ""))
            : Phrase("SELU's layer \(Self.depth) is more than \(Self.tolerance) from mean 0 or std 1",
                     "SELU의 \(Self.depth)번째 층이 평균 0 또는 표준편차 1에서 \(Self.tolerance) 넘게 벗어남")
        return ClaimReport(
            name: .selu,
            claim: Phrase("SELU self-normalises: activations keep mean 0 and std 1 through the layers",
                          "SELU는 자기 정규화됨: 층을 지나도 활성값의 평균 0, 표준편차 1이 유지됨"),
            reference: Phrase("lecture (Klambauer et al. 2017): with standardised inputs and LeCun-normal weights, (0, 1) is a "
                              + "fixed point layer to layer", "강의 (Klambauer 외 2017): 입력을 표준화하고 LeCun 정규 초기화를 쓰면 "
                              + "층마다 (0, 1)이 고정점임"),
            measured: Phrase("digits standardised, \(Self.depth)×\(Self.width), at the initial weights, layer \(Self.depth): "
                             + "SELU (LeCun) \(moments(selu)); " + others.map { "\($0.0) \(moments($0.2))" }.joined(separator: "; "),
                             "표준화한 digits, \(Self.depth)×\(Self.width), 초기 가중치, \(Self.depth)번째 층: "
                             + "SELU (LeCun) \(moments(selu, korean: true)); "
                             + others.map { "\($0.1) \(moments($0.2, korean: true))" }.joined(separator: "; ")),
            verdict: verdict, reason: reason,
            figures: ([selu] + self.others).flatMap { [("\($0.label)_mean", $0.mean), ("\($0.label)_std", $0.deviation)] })
    }
}
