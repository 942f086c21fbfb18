import Activations
import Datasets
import NeuralNet

/// "ReLU units can die at a high learning rate; Leaky ReLU and PReLU do
/// not": the same net trained at rising rates with each, then the share of
/// units dead (f′ = 0 on every training example) and, for the leaky ones,
/// stuck (input negative on every example, so only their small slope's
/// gradient gets through).
struct DeadUnitClaim {
    struct Run {
        var kind: ActivationKind
        var rate: Double
        var diverged: Bool
        var dead: Double
        /// Units whose input is ≤ 0 on every training example.
        var neverPositive: Double
        var trainAccuracy: Double
    }

    var runs: [Run]

    static let kinds: [ActivationKind] = [.relu, .leakyReLU, .prelu]
    static let rates: [Double] = [0.1, 0.3, 1]
    static let hidden = [64, 64, 64]
    static let epochs = 5

    /// "Dies": a tenth of the units or more, dead.
    static let dying = 0.10

    func run(_ kind: ActivationKind, _ rate: Double) -> Run? { runs.first { $0.kind == kind && $0.rate == rate } }

    static func measure() throws -> DeadUnitClaim {
        let data = try ClaimSetup.digits()
        var runs: [Run] = []
        for rate in rates {
            for kind in kinds {
                let c = ClaimSetup.configuration(.digits, hidden: hidden, activation: LayerActivation(kind), optimizer: .sgd,
                                                 rate: try LearningRate(rate), batch: 32, epochs: epochs)
                var trainer = try ClaimSetup.trained(c, on: data)
                let snapshot = trainer.snapshot()
                let units = snapshot.layers.map(\.unitCount)
                runs.append(Run(kind: kind, rate: rate, diverged: trainer.hasDiverged,
                                dead: ClaimSetup.pooled(snapshot.layers.map(\.deadShare), units: units),
                                neverPositive: trainer.hasDiverged ? .nan
                                    : ClaimSetup.pooled(trainer.neverPositiveShares(), units: units),
                                trainAccuracy: snapshot.trainAccuracy ?? .nan))
            }
        }
        return DeadUnitClaim(runs: runs)
    }

    /// The highest rate at which ReLU trained without diverging: where its
    /// units had the most reason to die.
    var testedRate: Double? { Self.rates.last { run(.relu, $0)?.diverged == false } }

    var verdict: Verdict {
        guard let rate = testedRate, let relu = run(.relu, rate) else { return .depends }
        if relu.dead < Self.dying { return .doesNotHoldHere }
        let leaky = Self.kinds.dropFirst().compactMap { run($0, rate) }
        if leaky.contains(where: \.diverged) { return .depends }
        if leaky.contains(where: { $0.dead > 0 }) { return .doesNotHoldHere }
        // Alive in name only if as many of them are stuck as ReLU's are dead.
        return leaky.allSatisfy { $0.neverPositive <= relu.dead / 2 } ? .holds : .depends
    }

    var report: ClaimReport {
        let p = ClaimSetup.percent
        let lines = Self.rates.map { rate -> (String, String) in
            let parts = Self.kinds.map { kind -> (String, String) in
                guard let run = run(kind, rate) else { return ("", "") }
                if run.diverged { return ("\(kind.rawValue) diverged", "\(kind.rawValue) 발산") }
                if kind == .relu { return ("relu dead \(p(run.dead))", "relu 죽은 유닛 \(p(run.dead))") }
                return ("\(kind.rawValue) dead \(p(run.dead)), stuck \(p(run.neverPositive))",
                        "\(kind.rawValue) 죽은 유닛 \(p(run.dead)), 고착 \(p(run.neverPositive))")
            }
            let r = ClaimSetup.fixed(rate, 1)
            return ("lr \(r): " + parts.map(\.0).joined(separator: ", "), "학습률 \(r): " + parts.map(\.1).joined(separator: ", "))
        }
        let reason: Phrase
        let rate = testedRate.map { ClaimSetup.fixed($0, 1) } ?? "-"
        let relu = testedRate.flatMap { run(.relu, $0) }
        let reluDead = relu.map { p($0.dead) } ?? "-"
        switch verdict {
        case .holds:
            reason = Phrase("at lr \(rate) \(reluDead) of ReLU's units died (≥ \(p(Self.dying))) while Leaky ReLU and PReLU "
                            + "trained with no dead unit and at most half as many stuck",
                            "학습률 \(rate)에서 ReLU 유닛의 \(reluDead)가 죽었고 (≥ \(p(Self.dying))), Leaky ReLU와 PReLU는 "
                            + "죽은 유닛 없이 학습했으며 고착된 유닛도 절반 이하")
        case .doesNotHoldHere:
            reason = relu.map { $0.dead < Self.dying } ?? false
                ? Phrase("ReLU lost only \(reluDead) of its units even at lr \(rate) (under \(p(Self.dying)))",
                         "학습률 \(rate)에서도 ReLU 유닛은 \(reluDead)만 죽음 (\(p(Self.dying)) 미만)")
                : Phrase("a Leaky ReLU or PReLU unit died too", "Leaky ReLU나 PReLU의 유닛도 죽음")
        case .depends:
            let diverged = testedRate.map { r in Self.kinds.dropFirst().filter { run($0, r)?.diverged == true }.map(\.rawValue) } ?? []
            reason = testedRate == nil
                ? Phrase("ReLU diverged at every rate tried", "시도한 모든 학습률에서 ReLU가 발산함")
                : !diverged.isEmpty
                ? Phrase("ReLU's units died at lr \(rate) (\(reluDead)), but \(diverged.joined(separator: " and ")) diverged there: "
                         + "they do not die, they blow up", "학습률 \(rate)에서 ReLU 유닛이 죽었지만 (\(reluDead)) "
                         + "\(diverged.joined(separator: ", "))는 같은 학습률에서 발산함: 죽지 않는 대신 폭주함")
                : Phrase("ReLU's units died at lr \(rate) (\(reluDead)); the leaky units have no zero slope, but more than half as "
                         + "many are stuck below zero on every example", "학습률 \(rate)에서 ReLU 유닛이 죽었고 (\(reluDead)), "
                         + "leaky 유닛은 기울기가 0이 되지는 않지만 절반 넘게 고착됨(모든 예제에서 입력이 0 이하)")
        }
        return ClaimReport(
            name: .deadReLU,
            claim: Phrase("ReLU units die at a high learning rate; Leaky ReLU and PReLU do not",
                          "학습률이 높으면 ReLU 유닛이 죽음; Leaky ReLU와 PReLU는 죽지 않음"),
            reference: Phrase("lecture: a ReLU unit whose input stays negative gets zero gradient and never recovers; "
                              + "a small negative slope keeps it alive",
                              "강의: 입력이 계속 음수인 ReLU 유닛은 기울기가 0이 되어 회복하지 못함; 작은 음의 기울기가 유닛을 살려 둠"),
            measured: Phrase("digits, 3×64, SGD batch 32, \(Self.epochs) epochs; " + lines.map(\.0).joined(separator: "; "),
                             "digits, 3×64, SGD 배치 32, \(Self.epochs) 에폭; " + lines.map(\.1).joined(separator: "; ")),
            verdict: verdict, reason: reason,
            figures: runs.flatMap { run -> [(name: String, value: Double)] in
                let key = "\(run.kind.rawValue)_lr_\(run.rate)"
                return [("\(key)_dead", run.dead), ("\(key)_never_positive", run.neverPositive),
                        ("\(key)_diverged", run.diverged ? 1 : 0), ("\(key)_train_accuracy", run.trainAccuracy)]
            })
    }
}
