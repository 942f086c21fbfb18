import Activations
import Datasets
import NeuralNet

/// "Sigmoid's outputs are all positive, so the weight updates zigzag;
/// zero-centred tanh (and ELU, closer to zero mean) do not": the share of
/// per-example updates of a unit's incoming weights whose components all
/// share one sign (`ZigzagTally`), over every step of an epoch.
struct ZigzagClaim {
    /// One-signed share of the per-example updates fed by the hidden layers.
    var shares: [(kind: ActivationKind, share: Double)]

    static let kinds: [ActivationKind] = [.sigmoid, .tanh, .elu, .relu]
    static let hidden = [64, 64]

    /// "Nearly all" and "nearly none": nine in ten, one in ten.
    static let most = 0.9
    static let few = 0.1

    func share(_ kind: ActivationKind) -> Double { shares.first { $0.kind == kind }?.share ?? .nan }

    static func measure() throws -> ZigzagClaim {
        let data = try ClaimSetup.digits()
        return ZigzagClaim(shares: try kinds.map { kind in
            let c = ClaimSetup.configuration(.digits, hidden: hidden, activation: LayerActivation(kind), optimizer: .sgd,
                                             rate: 0.1, batch: 32, epochs: 1)
            var trainer = try Trainer(configuration: c, dataset: data)
            var total = ZigzagTally()
            while !trainer.isFinished && !trainer.hasDiverged {
                trainer.step()
                total = trainer.zigzag.reduce(total, +)
            }
            return (kind, total.share ?? .nan)
        })
    }

    var verdict: Verdict {
        guard share(.sigmoid) >= Self.most, share(.tanh) <= Self.few else { return .doesNotHoldHere }
        return share(.elu) <= Self.few ? .holds : .depends
    }

    var report: ClaimReport {
        let p = ClaimSetup.percent
        let figures = shares.map { "\($0.kind.rawValue) \(p($0.share))" }.joined(separator: ", ")
        let reason: Phrase
        switch verdict {
        case .holds:
            reason = Phrase("sigmoid ≥ \(p(Self.most)) one-signed, tanh and ELU ≤ \(p(Self.few)); ReLU's outputs are never negative "
                            + "either (\(p(share(.relu))))", "sigmoid는 \(p(Self.most)) 이상 한 부호, tanh와 ELU는 \(p(Self.few)) 이하; "
                            + "ReLU의 출력도 음수가 아님 (\(p(share(.relu))))")
        case .doesNotHoldHere:
            reason = Phrase("sigmoid below \(p(Self.most)) one-signed, or tanh above \(p(Self.few))",
                            "sigmoid가 \(p(Self.most)) 미만이거나 tanh가 \(p(Self.few)) 초과")
        case .depends:
            reason = Phrase("sigmoid zigzags and tanh does not, but ELU's updates are one-signed more than \(p(Self.few)) of the time",
                            "sigmoid는 지그재그이고 tanh는 아니지만 ELU도 \(p(Self.few)) 넘게 한 부호")
        }
        return ClaimReport(
            name: .zigzag,
            claim: Phrase("Sigmoid's all-positive outputs make weight updates zigzag; tanh and ELU do not",
                          "sigmoid의 출력이 모두 양수라 가중치 갱신이 지그재그가 됨; tanh와 ELU는 그렇지 않음"),
            reference: Phrase("lecture: with xᵢ > 0, every ∂L/∂wᵢ = δ·xᵢ has the sign of δ, so all weights of a unit move together",
                              "강의: xᵢ > 0이면 모든 ∂L/∂wᵢ = δ·xᵢ의 부호가 δ와 같아 한 유닛의 가중치가 함께 움직임"),
            measured: Phrase("digits, 2×64, SGD lr 0.1, one epoch; per-example updates with one sign: \(figures)",
                             "digits, 2×64, SGD 학습률 0.1, 1 에폭; 예제별 갱신 중 한 부호인 비율: \(figures)"),
            verdict: verdict, reason: reason,
            figures: shares.map { ("\($0.kind.rawValue)_one_signed_share", $0.share) })
    }
}
