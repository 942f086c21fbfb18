import Claims
import Explorer
import Synchronization

/// A lesson step's claim, measured by its `actview claims` experiment: the
/// figures and the verdict its rule computes from them, never written in.
public enum LessonClaims {
    /// Each claim is measured once per process; the two convergence
    /// claims share one race, so asking for one measures both.
    private static let cache = Mutex<[ClaimName: LessonMeasurement]>([:])

    /// The measurement of the claim `name`; nil for no such claim, or an
    /// experiment that failed.
    public static func measure(_ name: String) -> LessonMeasurement? {
        guard let claim = ClaimName(rawValue: name) else { return nil }
        if let known = cache.withLock({ $0[claim] }) { return known }
        let names: [ClaimName] = [.reluVersusTanh, .reluVersusSigmoid].contains(claim)
            ? [.reluVersusTanh, .reluVersusSigmoid] : [claim]
        guard let result = try? ClaimRunner.run(names) else { return nil }
        let measured = Dictionary(result.reports.map { ($0.name, measurement(of: $0)) }) { first, _ in first }
        cache.withLock { $0.merge(measured) { _, new in new } }
        return measured[claim]
    }

    static func measurement(of report: ClaimReport) -> LessonMeasurement {
        func text(_ phrase: Phrase) -> LessonText { LessonText(english: phrase.english, korean: phrase.korean) }
        return LessonMeasurement(claim: text(report.claim), measured: text(report.measured),
                                 verdict: text(report.verdict.phrase), reason: text(report.reason))
    }
}
