/// A claim as measured when its lesson step opened: the words a caption's
/// placeholders `{claim}`, `{measured}`, `{verdict}` and `{reason}` stand
/// for. Measured by the shell (the Claims experiments), never written in.
public struct LessonMeasurement: Sendable, Hashable {
    public var claim: LessonText
    public var measured: LessonText
    public var verdict: LessonText
    public var reason: LessonText

    public init(claim: LessonText, measured: LessonText, verdict: LessonText, reason: LessonText) {
        self.claim = claim
        self.measured = measured
        self.verdict = verdict
        self.reason = reason
    }
}
