/// What a claim's measurements say, by the claim's stated rule.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    case holds
    /// Measured here, under the stated conditions, the claim is false.
    case doesNotHoldHere = "does-not-hold-here"
    /// True under some of the measured conditions and not others, or only
    /// in part; the report's condition says which.
    case depends

    public var phrase: Phrase {
        switch self {
        case .holds: Phrase("holds", "성립함")
        case .doesNotHoldHere: Phrase("does not hold here", "여기서는 성립하지 않음")
        case .depends: Phrase("depends", "조건에 따라 다름")
        }
    }
}
