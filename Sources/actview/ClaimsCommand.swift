import ArgumentParser
import Activations
import Claims
import Explorer
import Foundation

/// `actview claims`: every claim of the lecture run as a small seeded
/// experiment, printed with the lecture's figure, the one measured here and
/// the verdict its rule gives.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Check the lecture's claims: each one as a seeded experiment, with its measured figures and verdict.",
        discussion: """
            Claims: \(ClaimName.allCases.map(\.rawValue).joined(separator: ", ")). Each prints the claim, the \
            lecture's or paper's figure, what was measured here (with the data set, network and optimiser), \
            and a verdict — holds, does not hold here, or depends — computed from the measurements by the \
            rule stated beside it. The timings (exp-cost, maxout) are measured on this machine. Ctrl-C \
            prints the claims finished so far and exits with status 130.
            """
    )

    @Argument(help: ArgumentHelp("Claims to check (default: all).", valueName: "name"))
    var names: [String] = []

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: table or json.")
    var format: ClaimsFormat = .table

    enum ClaimsFormat: String, CaseIterable, ClosedSetArgument {
        case table, json
    }

    func run() throws {
        var claims: [ClaimName] = []
        for name in names {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let claim = ClaimName(rawValue: key) else {
                throw CLIError(NameSuggestions.unknown("claim", EvalCommand.printable(name), among: ClaimName.allCases.map(\.rawValue)))
            }
            guard !claims.contains(claim) else { throw CLIError("claim '\(claim.rawValue)' is given twice") }
            claims.append(claim)
        }
        if claims.isEmpty { claims = ClaimName.allCases }
        let korean = language.resolved == .korean
        Interruption.install()
        var progress = ProgressLine()
        let start = ContinuousClock.now
        var index = 0
        let result = try ClaimRunner.run(claims, shouldStop: { Interruption.isRequested }, started: { name in
            index += 1
            progress.draw(label: "\(name.rawValue) (\(index)/\(claims.count))", fraction: Double(index - 1) / Double(claims.count),
                          secondsSoFar: Self.seconds(since: start))
        }, finished: { report in
            progress.clear()
            if format == .table {
                print(Self.block(report, korean: korean))
                flushStandardOutput()
            }
        })
        let total = Self.seconds(since: start)
        switch format {
        case .table:
            print(korean ? "# 주장 \(result.reports.count)개, \(String(format: "%.1f", total))초"
                  : "# \(result.reports.count) claim\(result.reports.count == 1 ? "" : "s") in \(String(format: "%.1f", total)) s")
        case .json:
            print(Self.json(result.reports, korean: korean, seconds: total))
        }
        flushStandardOutput()
        if result.interrupted {
            throw CLIError("interrupted: \(result.reports.count) of \(claims.count) claims finished", status: Interruption.status)
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let parts = (ContinuousClock.now - start).components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// One claim as a block: a title line, then the figure, the measurement,
    /// the verdict with its reason, and the time, each on its own line.
    static func block(_ report: ClaimReport, korean: Bool) -> String {
        let labels = korean ? ["근거", "측정", "판정", "시간"] : ["source", "measured", "verdict", "time"]
        let width = labels.map(\.count).max()! + 2
        func line(_ label: String, _ text: String) -> String {
            "  " + label + String(repeating: " ", count: width - label.count) + text
        }
        let time: String
        if let owner = report.sharedWith {
            time = korean ? "\(owner.rawValue)의 실험을 함께 씀" : "shares \(owner.rawValue)'s experiment"
        } else {
            time = String(format: korean ? "%.1f초" : "%.1f s", report.seconds)
        }
        return [
            "\(report.name.rawValue) · \(report.claim.text(korean: korean))",
            line(labels[0], report.reference.text(korean: korean)),
            line(labels[1], report.measured.text(korean: korean)),
            line(labels[2], report.verdict.phrase.text(korean: korean) + ": " + report.reason.text(korean: korean)),
            line(labels[3], time),
            "",
        ].joined(separator: "\n")
    }

    /// One JSON document: the claims in order, texts in the chosen language.
    static func json(_ reports: [ClaimReport], korean: Bool, seconds: Double) -> String {
        func string(_ text: String) -> String {
            var escaped = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                default:
                    if scalar.value < 0x20 { escaped += String(format: "\\u%04x", scalar.value) } else { escaped.unicodeScalars.append(scalar) }
                }
            }
            return escaped + "\""
        }
        let claims = reports.map { report -> String in
            let figures = report.figures.map { "\(string($0.name)):\(EpochReport.json($0.value))" }.joined(separator: ",")
            var fields = [
                "\"name\":\(string(report.name.rawValue))", "\"claim\":\(string(report.claim.text(korean: korean)))",
                "\"source\":\(string(report.reference.text(korean: korean)))",
                "\"measured\":\(string(report.measured.text(korean: korean)))",
                "\"verdict\":\(string(report.verdict.rawValue))", "\"reason\":\(string(report.reason.text(korean: korean)))",
                "\"seconds\":\(EpochReport.json(report.seconds))", "\"figures\":{\(figures)}",
            ]
            if let owner = report.sharedWith { fields.append("\"shares_experiment_of\":\(string(owner.rawValue))") }
            return "{" + fields.joined(separator: ",") + "}"
        }
        return "{\"language\":\(string(korean ? "ko" : "en")),\"seconds\":\(EpochReport.json(seconds)),"
            + "\"claims\":[\(claims.joined(separator: ","))]}"
    }
}
