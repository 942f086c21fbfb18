/// The words of the keys people know and of the mouse.
extension Strings {
    private var isKorean: Bool { language == .korean }

    /// Up, Down and the other list keys outside a list.
    func listNeedsFocus(unicode: Bool) -> String {
        let keys = unicode ? "↑↓" : "Up/Down"
        return isKorean ? "\(keys)는 목록에서 이동함 — Tab으로 층별 상태 창에 초점" : "\(keys) move in a list — Tab to focus the health pane"
    }

    var escapeDoesNotQuit: String {
        isKorean ? "Esc는 창을 닫음 — 종료는 q 또는 F10" : "Esc closes windows — q or F10 quits"
    }
}

extension Strings {
    var wheelZoomsThePlot: String {
        language == .korean ? "휠은 활성화 함수 그래프의 x 범위를 바꿈" : "the wheel zooms the activation plot's x range"
    }
}

extension Strings {
    /// h and l with one hidden layer (or none) to choose from.
    func singleLayer(_ count: Int) -> String {
        if count == 0 { return language == .korean ? "은닉층이 없음 — 고를 층이 없음" : "no hidden layer to choose" }
        return language == .korean ? "은닉층이 하나뿐임 — h와 l은 층을 바꿈" : "one hidden layer only — h and l switch layers"
    }
}

extension Strings {
    /// `g` before any run has left a ghost.
    var noGhostYet: String {
        language == .korean ? "아직 이전 실행이 없음 — 함수를 바꾸거나 재시작하면 남음" : "no earlier run yet — switch or restart to leave one"
    }

    /// `L` in a race, whose chart is training error from 0 to 1.
    var raceStaysLinear: String {
        language == .korean ? "경주는 훈련 오류를 0–1 선형 축에 그림" : "a race plots training error on a linear 0–1 axis"
    }
}
