/// The words of `b` and `B`.
extension Strings {
    private var korean: Bool { language == .korean }

    func backToCheckpoint(_ step: Int) -> String {
        korean ? "스텝 \(step)(으)로 돌아감 — 이후 부분은 흐린 곡선으로 남김"
            : "back to step \(step) — later part kept as ghost"
    }
    func forwardToCheckpoint(_ step: Int) -> String {
        korean ? "스텝 \(step)(으)로 다시 앞으로" : "forward again to step \(step)"
    }
    func noCheckpointBefore(_ step: Int) -> String {
        korean ? "스텝 \(step) 이전의 체크포인트가 없습니다" : "no checkpoint before step \(step)"
    }
    var nothingAhead: String {
        korean ? "앞에 체크포인트가 없습니다: B는 b 다음, 학습이 다시 움직이기 전에만 앞으로 갑니다"
            : "nothing ahead: B goes forward only after b, until the run takes a step"
    }
    var noCheckpointsInRace: String {
        korean ? "경주에서는 체크포인트로 돌아갈 수 없습니다" : "no checkpoints in a race: each runner is its own run"
    }
    func laterPart(_ name: String, from first: Int, to last: Int) -> String {
        korean ? "\(name), 스텝 \(first)–\(last)" : "\(name), steps \(first)–\(last)"
    }
}
