import Activations

/// Labels for the layout's readings: every number with its name, the short
/// forms the narrow panes use (each explained in the glossary), and what a
/// hidden pane leaves behind.
extension Strings {
    private var korean: Bool { language == .korean }

    /// "pre-activations of layer 1": the inputs the activation receives.
    func preactivations(layer: Int?) -> String {
        guard let layer else { return korean ? "사전 활성값" : "pre-activations" }
        return korean ? "\(layer)층 사전 활성값" : "pre-activations of layer \(layer)"
    }

    /// "train 86% · test 76%".
    func accuracies(train: String, test: String, separator: String) -> String {
        korean ? "훈련 \(train)\(separator)테스트 \(test)" : "train \(train)\(separator)test \(test)"
    }

    /// "loss: train 0.653 · test 0.660".
    func losses(train: String, test: String, separator: String) -> String {
        korean ? "손실: 훈련 \(train)\(separator)테스트 \(test)" : "loss: train \(train)\(separator)test \(test)"
    }

    /// The loss chart's baseline: "no hidden layer 0.665".
    func baselineLegend(_ loss: String) -> String { korean ? "은닉층 없음 \(loss)" : "no hidden layer \(loss)" }

    var divergedShort: String { korean ? "발산" : "diverged" }

    /// The header's labelled fields.
    func hiddenField(_ sizes: String) -> String { korean ? "은닉층 \(sizes)" : "hidden \(sizes)" }
    func netField(_ shape: String) -> String { korean ? "신경망 \(shape)" : "net \(shape)" }
    func initializerField(_ name: String) -> String { korean ? "초기화 \(name)" : "init \(name)" }
    func seedField(_ seed: UInt64) -> String { korean ? "시드 \(seed)" : "seed \(seed)" }

    /// The standard deviation's short form, for a narrow health pane.
    var deviationShort: String { korean ? "σ" : "std" }

    /// The loss chart's axis titles.
    var lossAxis: String { korean ? "손실" : "loss" }
    var epochAxis: String { korean ? "에폭" : "epoch" }
    var errorAxis: String { korean ? "훈련 오차" : "training error" }

    /// The confusion matrix's corner: rows are the true class, columns the predicted one.
    var confusionHeader: String { korean ? "실제↓ 예측→" : "actual↓ predicted→" }
    var confusionHeaderShort: String { korean ? "실↓예→" : "act↓pred→" }
    var recallHeader: String { korean ? "재현율" : "recall" }
    /// The confusion grid's short form: each class's share recognised.
    var recallByClass: String { korean ? "클래스별 재현율 (맞힌 비율):" : "recall by class (share recognised):" }

    /// "learned α −0.094 (range −2.21…0.32 over units)".
    func learnedAlpha(mean: String, minimum: String, maximum: String) -> String {
        korean ? "학습된 α \(mean) (유닛별 범위 \(minimum)…\(maximum))"
            : "learned α \(mean) (range \(minimum)…\(maximum) over units)"
    }

    /// "learned α −0.094 (units −2.21…0.32)", for a narrow pane.
    func learnedAlphaShort(mean: String, minimum: String, maximum: String) -> String {
        korean ? "학습된 α \(mean) (유닛별 \(minimum)…\(maximum))" : "learned α \(mean) (units \(minimum)…\(maximum))"
    }

    /// The notes' measured line as sentences.
    func costSentence(_ cost: String) -> String {
        korean ? "계산 비용: \(cost)" : "Cost: \(cost)"
    }
    func costPerElement(_ ns: String, timesReLU ratio: String?) -> String {
        if korean { return "원소당 \(ns) ns" + (ratio.map { " (ReLU의 \($0)배)" } ?? "") }
        return "\(ns) ns per element" + (ratio.map { ", \($0)× ReLU's" } ?? "")
    }
    func zigzagSentence(_ share: String) -> String {
        korean ? "지그재그: 유닛의 \(share)에서 들어오는 가중치가 모두 같은 부호로 갱신됨"
            : "Zigzag: \(share) of units had all incoming weights updated with one sign"
    }

    /// "+3 more" under a list cut short, and how to see the rest.
    func more(_ count: Int) -> String { korean ? "+\(count)개 더" : "+\(count) more" }
    var zoomToSeeAll: String { korean ? "z: 전체 보기" : "z: see all" }

    /// "Notes hidden — Tab/z to zoom".
    func hidden(_ panes: [Pane]) -> String {
        let names = panes.map { paneName($0) }
        if korean { return names.joined(separator: "·") + " 숨김 — Tab/z로 확대" }
        let list = names.joined(separator: ", ")
        return list.prefix(1).uppercased() + list.dropFirst() + " hidden — Tab/z to zoom"
    }

    func paneName(_ pane: Pane) -> String {
        switch pane {
        case .activation: korean ? "활성화 함수" : "activation"
        case .training: korean ? "학습" : "training"
        case .health: korean ? "층별 상태" : "health"
        case .data: korean ? "데이터" : "data"
        case .network: korean ? "신경망" : "network"
        case .notes: korean ? "노트" : "notes"
        }
    }

    /// The picker's empty result, and what Enter says about it.
    var noMatch: String { korean ? "일치하는 함수 없음" : "no match" }
    func noMatchNotice(_ filter: String) -> String {
        korean ? "'\(filter)'에 맞는 활성화 함수가 없습니다 — Backspace로 지우기"
            : "no activation matches '\(filter)' — Backspace to edit"
    }

    /// The help's pages.
    var glossaryTitle: String { korean ? "용어 안내" : "Glossary" }
    var helpMoreHint: String { korean ? "→/Tab: 다음 키 · 다른 키: 닫기" : "→/Tab: more keys · other keys close" }
    var helpPageHint: String { korean ? "→/Tab: 용어 안내 · 다른 키: 닫기" : "→/Tab: glossary · other keys close" }
    var glossaryPageHint: String { korean ? "←/Tab: 키 안내 · 다른 키: 닫기" : "←/Tab: keys · other keys close" }
    var glossaryMoreHint: String { korean ? "→: 다음" : "→: more" }
}
