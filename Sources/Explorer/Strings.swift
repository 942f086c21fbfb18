import Activations
import NeuralNet

/// The explorer's own words in English and Korean. The activation notes come
/// from the catalogue; these are the labels around them.
struct Strings: Sendable {
    let language: Language

    static func of(_ language: Language) -> Strings { Strings(language: language) }

    private var ko: Bool { language == .korean }

    var activationTitle: String { ko ? "활성화 함수" : "Activation" }
    var trainingTitle: String { ko ? "학습" : "Training" }
    var healthTitle: String { ko ? "층별 상태" : "Layer health" }
    var dataTitle: String { ko ? "데이터" : "Data" }
    var notesTitle: String { ko ? "노트" : "Notes" }
    var helpTitle: String { ko ? "키 안내" : "Keys" }
    var pickerTitle: String { ko ? "활성화 함수 선택" : "Choose an activation" }
    var pros: String { ko ? "장점" : "Pros" }
    var cons: String { ko ? "단점" : "Cons" }
    var cost: String { ko ? "비용" : "cost" }
    var zigzag: String { ko ? "지그재그" : "zigzag" }
    var trainLoss: String { ko ? "훈련 손실" : "train loss" }
    var testLoss: String { ko ? "테스트 손실" : "test loss" }
    var accuracy: String { ko ? "정확도" : "accuracy" }
    var epoch: String { ko ? "에폭" : "epoch" }
    var step: String { ko ? "스텝" : "step" }
    var dead: String { ko ? "죽은%" : "dead" }
    var saturated: String { ko ? "포화" : "saturated" }
    var stuck: String { ko ? "고착" : "stuck" }
    var gradient: String { ko ? "기울기" : "grad" }
    var mean: String { ko ? "평균" : "mean" }
    var deviation: String { ko ? "표준편차" : "std" }
    var layerShort: String { ko ? "층" : "#" }
    var saturatedShort: String { ko ? "포화" : "sat" }
    var layer: String { ko ? "층" : "layer" }
    var noData: String { ko ? "첫 평가를 기다리는 중…" : "waiting for the first evaluation…" }
    var ghost: String { ko ? "이전" : "before" }
    var predicted: String { ko ? "예측" : "predicted" }
    var actual: String { ko ? "실제" : "actual" }
    var raceFinished: String { ko ? "경주 종료: 목표까지 걸린 에폭을 비교하세요" : "race finished: compare the epochs to the target" }
    var saturatedLegend: String { ko ? "포화" : "saturated" }
    var deadLegend: String { ko ? "기울기 0" : "zero slope" }
    var histogramLegend: String { ko ? "입력 분포" : "inputs" }
    var range: String { ko ? "치역" : "range" }
    var target: String { ko ? "목표" : "target" }
    var epochsShort: String { ko ? "에폭" : "ep" }
    var notReached: String { ko ? "미달" : "not reached" }
    /// "min −0.278 at −1.278".
    func minimum(value: Double, at x: Double) -> String {
        let v = NumberText.fixed(value, 3), at = NumberText.fixed(x, 3)
        return ko ? "최솟값 \(v) (x = \(at))" : "min \(v) at x = \(at)"
    }
    func notablePoint(_ kind: NotablePoint.Kind) -> String {
        switch kind {
        case .minimum: ko ? "최솟값" : "minimum"
        case .kink: ko ? "꺾이는 점" : "kink"
        case .saturationEdge: ko ? "포화 시작" : "saturation edge"
        }
    }
    /// What the layer-health and notes words mean (`Saturation`), for the help.
    var definitions: [String] {
        ko ? [
            "죽은 유닛: 모든 예제에서 f′ = 0인 유닛",
            "고착: 모든 예제에서 입력이 0 이하인 Leaky ReLU·PReLU 유닛 (작은 기울기로 계속 학습)",
            "포화: 예제의 90% 이상에서 입력이 f′가 사라지는 꼬리(최대 기울기의 10% 미만)에 있는 유닛",
            "지그재그: 한 유닛으로 들어오는 가중치의 갱신이 모두 같은 부호인 비율",
        ] : [
            "dead: f′ = 0 on every example",
            "stuck: a Leaky ReLU or PReLU unit whose input is ≤ 0 on every example (it still learns, at the small slope)",
            "saturated: input in a tail where f′ vanishes (below 10% of its peak) on 90% of the examples",
            "zigzag: share of units whose incoming-weight updates all share one sign",
        ]
    }
    /// "f on 4,096 values a step takes 3% of a 0.21 ms step".
    func stepShare(elements: Int, share: Double, stepSeconds: Double) -> String {
        let time = stepSeconds >= 1e-3 ? "\(NumberText.compact(stepSeconds * 1e3)) ms" : "\(NumberText.compact(stepSeconds * 1e6)) µs"
        let percent = share < 0.01 ? "<1%" : NumberText.percent(share)
        return ko ? "스텝마다 f를 \(NumberText.grouped(elements))번 계산해 스텝(\(time))의 \(percent)를 차지함"
            : "f on \(NumberText.grouped(elements)) values a step takes \(percent) of a \(time) step"
    }
    var noNotablePoint: String { ko ? "보이는 범위에 눈여겨볼 점이 없습니다" : "no minimum, kink or saturation edge in view" }
    func notReached(within epochs: Int) -> String { ko ? "\(epochs) 에폭 내 미달" : "not in \(epochs) ep" }
    var trainTarget: String { ko ? "목표 훈련 정확도" : "target train acc" }
    func trainErrorTarget(_ error: Double) -> String {
        ko ? "목표 훈련 오차 \(NumberText.percent(error))" : "\(NumberText.percent(error)) training error"
    }

    /// The race's end line: the paper's figure beside the one measured here.
    func raceVerdict(_ verdict: Race.Verdict, conditions: String) -> String {
        let paper = ko ? "Krizhevsky 2012: ReLU가 tanh보다 6배 빠름(4층 CNN, CIFAR-10)"
            : "Krizhevsky 2012: ReLU 6× faster than tanh (4-layer CNN, CIFAR-10)"
        return paper + (ko ? " · 여기서는(\(conditions)): " : " · here (\(conditions)): ") + raceFinding(verdict)
    }

    /// What the race measured here, alone: the verdict's short form for a
    /// pane too short for the paper's figure beside it.
    func raceFinding(_ verdict: Race.Verdict) -> String {
        let times = { (x: Double) in NumberText.compact(x) + (self.ko ? "배" : "×") }
        let here: String
        switch verdict {
        case .reluFaster(let x):
            here = ko ? "ReLU가 tanh보다 \(times(x)) 빠름 (논문은 6배)" : "ReLU \(times(x)) faster than tanh (the paper: 6×)"
        case .tanhFaster(let x):
            here = ko ? "tanh가 ReLU보다 \(times(x)) 빠름, 이 조건에서는 성립하지 않음"
                : "tanh \(times(x)) faster than ReLU: the claim does not hold here"
        case .onlyReLU(let r, let tanhEpochs, let x):
            here = ko ? "ReLU \(NumberText.fixed(r, 2)) 에폭, tanh는 \(tanhEpochs) 에폭 안에 못 미침: ReLU가 \(times(x)) 이상 빠름"
                : "ReLU \(NumberText.fixed(r, 2)) ep, tanh not within \(tanhEpochs): ReLU at least \(times(x)) faster"
        case .onlyTanh(let t, let reluEpochs):
            here = ko ? "tanh \(NumberText.fixed(t, 2)) 에폭, ReLU는 \(reluEpochs) 에폭 안에 못 미침"
                : "tanh \(NumberText.fixed(t, 2)) ep, ReLU not within \(reluEpochs): the claim does not hold here"
        case .neither:
            here = ko ? "둘 다 목표에 못 미침" : "neither reached the target"
        }
        return here
    }
    var notMeasured: String { ko ? "측정 전" : "not measured" }

    func state(_ state: TrainingState) -> String {
        switch state {
        case .running: return ko ? "진행 중" : "running"
        case .paused: return ko ? "일시정지" : "paused"
        case .finished: return ko ? "완료" : "finished"
        case .diverged(let reason): return (ko ? "발산: " : "diverged: ") + reason
        }
    }

    func learningRate(_ rate: Double) -> String {
        (ko ? "학습률 " : "learning rate ") + NumberText.compact(rate)
    }

    /// "speed 100/s", "speed max".
    func pace(_ stepsPerSecond: Double?) -> String {
        let rate = stepsPerSecond.map { NumberText.plain($0) + "/s" } ?? (ko ? "최대" : "max")
        return (ko ? "속도 " : "speed ") + rate
    }

    func continuing(_ epochs: Int) -> String { ko ? "\(epochs) 에폭 더 학습" : "continuing for \(epochs) more epochs" }
    var continueNeedsFinished: String {
        ko ? "c는 끝난 학습을 이어 갑니다 (지금은 진행 중)" : "c continues a finished run; this one has not finished"
    }
    var openingScene: String { ko ? "처음 장면" : "the opening scene" }
    func marked(_ number: Int, step: Int) -> String { ko ? "표시 \(number): 스텝 \(step)" : "mark \(number) at step \(step)" }
    var nothingToMark: String { ko ? "표시할 학습이 아직 없습니다" : "nothing to mark yet" }
    var pausedHint: String { ko ? "일시정지 중 — Space로 실행" : "paused — Space to run" }
    func sceneCommandTitle() -> String { ko ? "이 장면을 여는 명령" : "The command that opens this scene" }
    var anyKeyCloses: String { ko ? "아무 키나 누르면 닫힘" : "any key closes" }
    /// "8,970 params".
    func parameters(_ count: Int) -> String {
        ko ? "파라미터 \(NumberText.grouped(count))개" : "\(NumberText.grouped(count)) params"
    }

    /// "Sigmoid hidden, softmax output (cross-entropy)"; nil hidden: none.
    func softmaxOutput(hidden: String?) -> String {
        (hidden.map { ko ? "은닉층 \($0), " : "\($0) hidden, " } ?? "")
            + (ko ? "softmax 출력(교차 엔트로피)" : "softmax output (cross-entropy)")
    }
    /// The lecture's output layer: δ = a2 − y for one hidden layer.
    func sigmoidOutput(hidden: String?, layer: Int) -> String {
        (hidden.map { ko ? "은닉층 \($0), " : "\($0) hidden, " } ?? "")
            + (ko ? "시그모이드 출력, δ = a" : "sigmoid output, δ = a") + "\(layer) − y"
    }
    var weights: String { ko ? "가중치" : "weights" }
    var noBias: String { ko ? "편향 없음" : "no bias" }
    func initialBias(_ value: Double) -> String {
        let text = (value > 0 ? "+" : "") + NumberText.plain(value)
        return ko ? "편향 초깃값 \(text)" : "biases start at \(text)"
    }
    var standardizedInputs: String { ko ? "입력 표준화(z-점수)" : "inputs z-scored" }
    /// "full batch (1,438), summed gradients", "batch 8, mean gradients".
    func batch(_ size: Int, examples: Int, reduction: GradientReduction) -> String {
        let sum = reduction == .sum
        let how = ko ? (sum ? "기울기 합" : "기울기 평균") : (sum ? "summed gradients" : "mean gradients")
        if size == 0 || (examples > 0 && size >= examples) {
            let count = examples > 0 ? (ko ? "(\(NumberText.grouped(examples))개)" : " (\(NumberText.grouped(examples)))") : ""
            return (ko ? "전체 배치" : "full batch") + count + ", " + how
        }
        return (ko ? "배치 " : "batch ") + "\(size), " + how
    }
    func epochs(_ count: Int) -> String { ko ? "\(count) 에폭" : "\(count) epochs" }

    var lectureStepNeedsSums: String {
        ko ? "강의의 스텝은 기울기 합(--reduction sum)에서만 맞출 수 있습니다"
            : "the lecture's step applies to summed gradients (--reduction sum)"
    }

    /// What `M` did, with the arithmetic.
    func lectureStepNotice(rate: Double, examples: Int, matched: Bool) -> String {
        let n = NumberText.grouped(examples), lr = NumberText.compact(rate)
        if matched {
            return ko ? "학습률 \(lr) = 1e-6 × 60,000 / \(n): 강의의 MNIST 한 에폭과 같은 스텝(lr × 예제 수 = 0.06)"
                : "lr \(lr) = 1e-6 × 60,000 / \(n): per epoch the lecture's MNIST step (lr × examples = 0.06)"
        }
        return ko ? "학습률 \(lr): lr × \(n) = \(NumberText.compact(rate * Double(examples))), 강의의 MNIST 스텝(0.06)보다 작음"
            : "lr \(lr): lr × \(n) = \(NumberText.compact(rate * Double(examples))), below the lecture's MNIST step (0.06)"
    }

    /// The setup line's step part, for summed gradients.
    func stepPart(rate: Double, examples: Int) -> String {
        let step = rate * Double(examples)
        let matched = abs(step - 0.06) <= 1e-6
        let n = NumberText.grouped(examples)
        if ko {
            return "스텝 lr × \(n) = \(NumberText.compact(step))" + (matched ? " (강의의 MNIST와 같음)" : " (강의의 MNIST: 0.06, M으로 맞춤)")
        }
        return "step lr × \(n) = \(NumberText.compact(step))" + (matched ? " (the lecture's on MNIST)" : " (lecture on MNIST: 0.06; M matches it)")
    }

    /// The training pane's line under a diverged run with a known cause.
    func cause(_ c: DivergenceCause) -> String {
        let bias = (c.initialBias > 0 ? "+" : "") + NumberText.plain(c.initialBias)
        let name = ActivationText.displayName(c.activation)
        func signed(_ v: Double) -> String { (v >= 0 ? "+" : "") + NumberText.fixed(v, 1) }
        let means = "\(signed(c.firstMean)) … \(signed(c.lastMean))"
        let loss = NumberText.compact(c.startLoss)
        if ko {
            let guess = c.guessLoss.map { "(무작위 추측: \(NumberText.fixed($0, 2)))" } ?? ""
            return "원인: 편향 초깃값 \(bias)을 상한이 없는 함수(\(name))가 층마다 넘겨줌: 시작 시 출력 평균 \(means), "
                + "손실 \(loss)\(guess)"
        }
        let guess = c.guessLoss.map { " (a guess: \(NumberText.fixed($0, 2)))" } ?? ""
        return "why: biases start at \(bias) and \(name) is unbounded, so every layer passes them on: "
            + "outputs average \(means) and the loss starts at \(loss)\(guess)"
    }

    /// The zero-hidden-layer baseline beside a deep linear net.
    func baseline(loss: String, accuracy: String) -> String {
        ko ? "은닉층 없음(선형 변환 하나): 손실 \(loss), 정확도 \(accuracy)"
            : "no hidden layer (one linear map): loss \(loss), accuracy \(accuracy)"
    }

    /// Why a smooth activation's net draws a straight boundary.
    func nearlyLinear(share: String, name: String, range: String) -> String {
        ko ? "직선에 가까운 이유: \(name) 입력의 \(share)가 ±\(range) 안, 즉 직선과의 차이가 10% 이내인 구간에 있어 이 신경망도 거의 선형입니다"
            : "why nearly straight: \(share) of \(name)'s inputs lie within ±\(range), where it is within 10% of a line, "
                + "so this net is nearly linear too"
    }

    func newSeed(_ seed: UInt64) -> String { (ko ? "새 시드 " : "new seed ") + String(seed) }
    func initializer(_ name: String) -> String { (ko ? "초기화 " : "initialiser ") + name }
    func optimizer(_ name: String) -> String { (ko ? "옵티마이저 " : "optimiser ") + name }
    func dataset(_ name: String) -> String { (ko ? "데이터셋 " : "data set ") + name }
    func preset(_ name: String) -> String { (ko ? "프리셋 " : "preset ") + name }

    func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> String {
        ko ? "터미널이 너무 작습니다: \(width)×\(height), 최소 \(minimumWidth)×\(minimumHeight) 필요"
            : "terminal too small: \(width)×\(height), needs at least \(minimumWidth)×\(minimumHeight)"
    }
}
