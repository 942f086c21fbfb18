/// The words of lesson mode.
extension Strings {
    private var inKorean: Bool { language == .korean }

    var lessonWord: String { inKorean ? "수업" : "lesson" }
    var lessonKeys: String { inKorean ? "→/PgDn 다음 · ←/PgUp 이전" : "→/PgDn next · ←/PgUp back" }
    var lessonKeysASCII: String { inKorean ? "Right/PgDn 다음 | Left/PgUp 이전" : "Right/PgDn next | Left/PgUp back" }
    var lessonEnd: String { inKorean ? "마지막 단계입니다 (q: 끝내기)" : "this is the last step (q quits)" }
    var lessonStart: String { inKorean ? "첫 단계입니다" : "this is the first step" }
}
