import Foundation

/// Runs claims by name, in the order given, timing each experiment. The
/// two convergence claims share one race, run once.
public enum ClaimRunner {
    public struct Result: Sendable {
        public var reports: [ClaimReport]
        /// Stopped by the caller; `reports` holds the claims finished before.
        public var interrupted: Bool
    }

    /// `shouldStop` is asked between claims and between the race's training
    /// steps; `finished` gets each report as it is ready.
    public static func run(_ names: [ClaimName], shouldStop: () -> Bool = { false },
                           started: (ClaimName) -> Void = { _ in },
                           finished: (ClaimReport) -> Void = { _ in }) throws -> Result {
        var reports: [ClaimReport] = []
        var race: (ConvergenceRace, ClaimName)?
        for name in names {
            if shouldStop() { return Result(reports: reports, interrupted: true) }
            started(name)
            let start = ContinuousClock.now
            var report: ClaimReport
            switch name {
            case .noActivation: report = try CollapseClaim.measure().report
            case .saturation: report = try VanishingGradientClaim.measure().report
            case .zigzag: report = try ZigzagClaim.measure().report
            case .expCost: report = try ExpCostClaim.measure().report
            case .reluVersusTanh, .reluVersusSigmoid:
                var shared: ClaimName?
                if let (done, owner) = race {
                    shared = owner
                    report = ConvergenceClaim(rival: name == .reluVersusTanh ? .tanh : .sigmoid, race: done).report
                } else {
                    guard let done = try ConvergenceRace.measure(shouldStop: shouldStop) else {
                        return Result(reports: reports, interrupted: true)
                    }
                    race = (done, name)
                    report = ConvergenceClaim(rival: name == .reluVersusTanh ? .tanh : .sigmoid, race: done).report
                }
                report.sharedWith = shared
            case .deadReLU: report = try DeadUnitClaim.measure().report
            case .selu: report = try SELUClaim.measure().report
            case .maxout: report = try MaxoutClaim.measure().report
            case .swishMinimum: report = SwishMinimumClaim.measure().report
            }
            let elapsed = ContinuousClock.now - start
            report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            reports.append(report)
            finished(report)
        }
        return Result(reports: reports, interrupted: false)
    }
}
