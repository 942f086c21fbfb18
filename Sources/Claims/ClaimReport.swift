/// One claim checked: what the lecture says, the figure it gives, what was
/// measured here, and the verdict with the rule and conditions behind it.
public struct ClaimReport: Sendable {
    public let name: ClaimName
    public let claim: Phrase
    /// The lecture's or the paper's figure.
    public let reference: Phrase
    /// The measured figures, with the set-up they came from.
    public let measured: Phrase
    public let verdict: Verdict
    /// Why this verdict: the rule applied to the figures, and the conditions.
    public let reason: Phrase
    /// The raw figures, by name, for JSON.
    public let figures: [(name: String, value: Double)]
    /// Wall-clock seconds the experiment took (0 when it reused another's).
    public var seconds: Double = 0
    /// The claim whose experiment this one reused, if any.
    public var sharedWith: ClaimName?

    public init(name: ClaimName, claim: Phrase, reference: Phrase, measured: Phrase, verdict: Verdict, reason: Phrase,
                figures: [(name: String, value: Double)]) {
        self.name = name
        self.claim = claim
        self.reference = reference
        self.measured = measured
        self.verdict = verdict
        self.reason = reason
        self.figures = figures
    }
}
