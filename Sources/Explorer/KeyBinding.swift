import Activations
import TermPlot

/// One row of the key map: the keys, how the help spells them, what they do.
struct KeyBinding: Sendable {
    enum Group: Sendable, CaseIterable {
        case activation, training, plot, settings, output
    }

    let keys: [Key]
    let label: String
    let command: Command
    let group: Group
    let english: String
    let korean: String
    /// How the status bar shows the binding, if it does.
    var hint: StatusHint? = nil
    /// False for the second key of a pair the help lists on one row.
    var isListed = true

    func summary(in language: Language) -> String {
        language == .korean ? korean : english
    }

    /// The activations on the number keys: the ones a class compares most.
    static let favourites: [ActivationKind] = [
        .relu, .leakyReLU, .prelu, .elu, .selu, .swish, .gelu, .tanh, .sigmoid,
    ]

    static let all: [KeyBinding] = [
        KeyBinding(keys: [.character("n")], label: "n", command: .nextActivation, group: .activation,
                   english: "next activation", korean: "다음 활성화 함수",
                   hint: StatusHint(keys: "n/p", english: "activation", korean: "함수", rank: 3)),
        KeyBinding(keys: [.character("p")], label: "p", command: .previousActivation, group: .activation,
                   english: "previous activation", korean: "이전 활성화 함수"),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, label: "1…9",
                   command: .favourite(0), group: .activation,
                   english: "favourites (listed below)",
                   korean: "즐겨찾는 활성화 함수 (아래)",
                   hint: StatusHint(keys: "1-9", english: "favourites", korean: "즐겨찾기", rank: 4)),
        KeyBinding(keys: [.character("a")], label: "a", command: .openPicker, group: .activation,
                   english: "pick from the catalogue", korean: "전체 목록에서 고르기",
                   hint: StatusHint(keys: "a", english: "all", korean: "목록", rank: 5)),
        KeyBinding(keys: [.character(" ")], label: "Space", command: .togglePause, group: .training,
                   english: "pause / resume", korean: "일시정지 / 계속",
                   hint: StatusHint(keys: "Space", english: "pause", korean: "일시정지", rank: 2)),
        KeyBinding(keys: [.character("s")], label: "s", command: .step, group: .training,
                   english: "one step (pauses)", korean: "한 스텝 (일시정지)"),
        KeyBinding(keys: [.character("r")], label: "r", command: .restart, group: .training,
                   english: "restart, same weights", korean: "같은 초기 가중치로 재시작",
                   hint: StatusHint(keys: "r", english: "restart", korean: "재시작", rank: 6)),
        KeyBinding(keys: [.character("R")], label: "R", command: .newSeed, group: .training,
                   english: "restart with a new seed", korean: "새 시드로 재시작"),
        KeyBinding(keys: [.character("c")], label: "c", command: .continueRun, group: .training,
                   english: "continue a finished run", korean: "끝난 학습 이어 하기"),
        KeyBinding(keys: [.character("0")], label: "0", command: .openingScene, group: .training,
                   english: "back to the opening scene", korean: "처음 장면으로"),
        KeyBinding(keys: [.character("b")], label: "b", command: .checkpointBack, group: .training,
                   english: "back to the last checkpoint", korean: "이전 체크포인트로"),
        KeyBinding(keys: [.character("B")], label: "B", command: .checkpointForward, group: .training,
                   english: "forward again (after b)", korean: "다시 앞으로 (b 다음)"),
        KeyBinding(keys: [.character("m")], label: "m", command: .mark, group: .plot,
                   english: "mark the loss curve here", korean: "손실 곡선에 지금 표시"),
        KeyBinding(keys: [.character("+"), .character("=")], label: "+ -", command: .learningRateUp, group: .training,
                   english: "learning rate ×2 / ÷2", korean: "학습률 ×2 / ÷2",
                   hint: StatusHint(keys: "+/-", english: "lr", korean: "학습률", rank: 7)),
        KeyBinding(keys: [.character("-"), .character("_")], label: "-", command: .learningRateDown, group: .training,
                   english: "learning rate ÷2", korean: "학습률 ÷2", isListed: false),
        KeyBinding(keys: [.character("M")], label: "M", command: .lectureStep, group: .training,
                   english: "lr to the lecture's step", korean: "학습률을 강의의 스텝으로"),
        KeyBinding(keys: [.character("<"), .character(",")], label: "< ,", command: .slower, group: .training,
                   english: "train slower (speed)", korean: "느리게 (학습 속도)",
                   hint: StatusHint(keys: "</>", english: "speed", korean: "속도", rank: 8)),
        KeyBinding(keys: [.character(">"), .character(".")], label: "> .", command: .faster, group: .training,
                   english: "train faster (up to max)", korean: "빠르게 (최대까지)"),
        KeyBinding(keys: [.left], label: "← →", command: .cursorLeft, group: .plot,
                   english: "cursor left / right", korean: "커서 왼쪽 / 오른쪽"),
        KeyBinding(keys: [.right], label: "→", command: .cursorRight, group: .plot,
                   english: "cursor right", korean: "커서 오른쪽", isListed: false),
        KeyBinding(keys: [.character("j")], label: "j", command: .nextNotablePoint, group: .plot,
                   english: "cursor to min/kink/edge", korean: "커서를 최솟값·꺾임·포화로"),
        KeyBinding(keys: [.character("[")], label: "[ ]", command: .zoomIn, group: .plot,
                   english: "narrower / wider x range", korean: "x 범위 좁게 / 넓게"),
        KeyBinding(keys: [.character("]")], label: "]", command: .zoomOut, group: .plot,
                   english: "zoom out (wider x range)", korean: "축소 (x 범위 넓게)", isListed: false),
        KeyBinding(keys: [.character("L")], label: "L", command: .toggleLogLoss, group: .plot,
                   english: "log-scale loss", korean: "손실 로그 스케일"),
        KeyBinding(keys: [.character("g")], label: "g", command: .toggleGhost, group: .plot,
                   english: "last run's ghost on/off", korean: "이전 실행 곡선 켜기/끄기"),
        KeyBinding(keys: [.character("h")], label: "h l ;", command: .previousLayer, group: .plot,
                   english: "previous / next hidden layer", korean: "이전 / 다음 은닉층"),
        KeyBinding(keys: [.character("l"), .character(";")], label: "l ;", command: .nextLayer, group: .plot,
                   english: "next hidden layer", korean: "다음 은닉층", isListed: false),
        KeyBinding(keys: [.character("i")], label: "i I", command: .cycleInitializer, group: .settings,
                   english: "next / previous initialiser", korean: "다음 / 이전 가중치 초기화"),
        KeyBinding(keys: [.character("I")], label: "I", command: .previousInitializer, group: .settings,
                   english: "previous weight initialiser", korean: "이전 가중치 초기화", isListed: false),
        KeyBinding(keys: [.character("o")], label: "o O", command: .cycleOptimizer, group: .settings,
                   english: "next / previous optimiser", korean: "다음 / 이전 옵티마이저"),
        KeyBinding(keys: [.character("O")], label: "O", command: .previousOptimizer, group: .settings,
                   english: "previous optimiser", korean: "이전 옵티마이저", isListed: false),
        KeyBinding(keys: [.character("d")], label: "d D", command: .cycleDataset, group: .settings,
                   english: "next / previous data set", korean: "다음 / 이전 데이터셋"),
        KeyBinding(keys: [.character("D")], label: "D", command: .previousDataset, group: .settings,
                   english: "previous data set", korean: "이전 데이터셋", isListed: false),
        KeyBinding(keys: [.character("f")], label: "f F", command: .nextFeatures, group: .settings,
                   english: "next / previous input features", korean: "다음 / 이전 입력 특성"),
        KeyBinding(keys: [.character("F")], label: "F", command: .previousFeatures, group: .settings,
                   english: "previous input features", korean: "이전 입력 특성", isListed: false),
        KeyBinding(keys: [.character("P")], label: "P T", command: .cyclePreset, group: .settings,
                   english: "next / previous preset", korean: "다음 / 이전 프리셋",
                   hint: StatusHint(keys: "P", english: "preset", korean: "프리셋", rank: 9)),
        KeyBinding(keys: [.character("T")], label: "T", command: .previousPreset, group: .settings,
                   english: "previous preset", korean: "이전 프리셋", isListed: false),
        KeyBinding(keys: [.character("S")], label: "S", command: .screenshot, group: .output,
                   english: "screenshot (SVG + text)", korean: "스크린샷 (SVG + 텍스트)",
                   hint: StatusHint(keys: "S", english: "save", korean: "저장", rank: 10)),
        KeyBinding(keys: [.character("e")], label: "e", command: .exportMetrics, group: .output,
                   english: "export metrics CSV", korean: "지표 CSV 내보내기"),
        KeyBinding(keys: [.character("w")], label: "w", command: .saveScene, group: .output,
                   english: "save the scene (JSON file)", korean: "장면 저장 (JSON 파일)"),
        KeyBinding(keys: [.character("W")], label: "W", command: .showCommand, group: .output,
                   english: "the scene as a command", korean: "장면을 명령으로 보기"),
        KeyBinding(keys: [.tab], label: "Tab", command: .focusNext, group: .plot,
                   english: "focus the next pane", korean: "다음 창으로 초점"),
        KeyBinding(keys: [.backTab], label: "S-Tab", command: .focusPrevious, group: .plot,
                   english: "focus the previous pane", korean: "이전 창으로 초점"),
        KeyBinding(keys: [.character("z")], label: "z", command: .toggleZoom, group: .plot,
                   english: "zoom the focused pane / back", korean: "초점 창 전체 화면 / 복귀",
                   hint: StatusHint(keys: "z", english: "zoom", korean: "확대", rank: 11)),
        KeyBinding(keys: [.character("y")], label: "y", command: .addLayer, group: .settings,
                   english: "add a hidden layer after this one", korean: "이 층 뒤에 은닉층 추가"),
        KeyBinding(keys: [.character("Y")], label: "Y", command: .removeLayer, group: .settings,
                   english: "remove the highlighted layer", korean: "강조된 층 제거"),
        KeyBinding(keys: [.character("u")], label: "u", command: .addUnit, group: .settings,
                   english: "one more unit in this layer", korean: "이 층에 유닛 하나 추가"),
        KeyBinding(keys: [.character("U")], label: "U", command: .removeUnit, group: .settings,
                   english: "one unit fewer in this layer", korean: "이 층의 유닛 하나 제거"),
        KeyBinding(keys: [.character("k")], label: "k", command: .nextLayerActivation, group: .activation,
                   english: "this layer's activation: next", korean: "이 층의 활성화 함수: 다음"),
        KeyBinding(keys: [.character("K")], label: "K", command: .previousLayerActivation, group: .activation,
                   english: "this layer's activation: previous", korean: "이 층의 활성화 함수: 이전"),
        KeyBinding(keys: [.character("v")], label: "v", command: .toggleShading, group: .plot,
                   english: "confidence shading / classes only", korean: "확신도 음영 / 클래스만"),
        KeyBinding(keys: [.character("V")], label: "V", command: .toggleTestPoints, group: .plot,
                   english: "test points on/off", korean: "테스트 점 켜기/끄기"),
        KeyBinding(keys: [.enter], label: "Enter", command: .enlargeTile, group: .plot,
                   english: "enlarge the highlighted unit's tile", korean: "강조된 유닛 타일 크게"),
        KeyBinding(keys: [.character("x")], label: "x", command: .openSettings, group: .settings,
                   english: "settings: every value, editable", korean: "설정: 모든 값 보기·바꾸기"),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", command: .help, group: .output,
                   english: "this help (→: glossary)", korean: "이 도움말 (→: 용어 안내)",
                   hint: StatusHint(keys: "?", english: "help", korean: "도움말", rank: 0)),
        KeyBinding(keys: [.up, .down], label: "↑ ↓", command: .listUp, group: .plot,
                   english: "up / down a list (layers)", korean: "목록에서 위 / 아래 (층)"),
        KeyBinding(keys: [.pageUp, .pageDown], label: "PgUp", command: .listPageUp, group: .plot,
                   english: "a page up / down (PgDn)", korean: "한 쪽 위 / 아래 (PgDn)"),
        KeyBinding(keys: [.home, .end], label: "Home", command: .listFirst, group: .plot,
                   english: "first / last (End)", korean: "처음 / 끝 (End)"),
        KeyBinding(keys: [.escape], label: "Esc", command: .closeWindow, group: .output,
                   english: "close window / zoom, not quit", korean: "창·확대 닫기 (종료 아님)"),
        KeyBinding(keys: [.character("q"), .function(10)], label: "q F10", command: .quit, group: .output,
                   english: "quit", korean: "종료",
                   hint: StatusHint(keys: "q", english: "quit", korean: "종료", rank: 1)),
    ]

    /// The status bar's hints, most useful first.
    static var statusHints: [StatusHint] {
        all.compactMap(\.hint).sorted { $0.rank < $1.rank }
    }

    /// The command a key asks for, if any.
    static func command(for key: Key) -> Command? {
        if case .character(let ch) = key, let digit = ch.wholeNumberValue, (1...9).contains(digit), ch.isASCII {
            return .favourite(digit - 1)
        }
        switch key {
        // One help row each for these pairs; the second key's command is its own.
        case .down: return .listDown
        case .pageDown: return .listPageDown
        case .end: return .listLast
        default: return all.first { $0.keys.contains(key) }?.command
        }
    }
}
