import NeuralNet
import TermPlot

/// A lesson step's caption as shown: placeholders filled from the step's
/// claim as measured and from the run on screen, then wrapped at words
/// under a progress line.
public struct LessonCaption {
    /// What a caption may say in braces.
    static let placeholders = LessonStep.captionPlaceholders

    let step: LessonStep
    let measurement: LessonMeasurement?
    let snapshot: TrainingSnapshot?
    let language: Language

    /// The caption with every placeholder filled ("…" until the claim's
    /// figures arrive, with a note of what is being measured; "—" before
    /// the run's first evaluation).
    var text: String {
        var result = filled
        if measurement == nil, let claim = step.claim,
           Self.placeholders(in: step.caption.text(in: language)).contains(where: LessonStep.claimPlaceholders.contains) {
            result += language == .korean ? " (\(claim) 측정 중)" : " (measuring \(claim))"
        }
        return result
    }

    /// The names in braces in `text`.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private var filled: String {
        var result = ""
        var rest = Substring(step.caption.text(in: language))
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += value(of: name) ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func value(of name: String) -> String? {
        let pending = "…"
        let none = "—"
        switch name {
        case "claim": return measurement?.claim.text(in: language) ?? pending
        case "measured": return measurement?.measured.text(in: language) ?? pending
        case "verdict": return measurement?.verdict.text(in: language) ?? pending
        case "reason": return measurement?.reason.text(in: language) ?? pending
        case "step": return snapshot.map { String($0.step) } ?? none
        case "epoch": return snapshot.map { NumberText.fixed($0.epoch, 2) } ?? none
        case "train_loss": return snapshot?.trainLoss.map { NumberText.fixed($0, 4) } ?? none
        case "test_loss": return snapshot?.testLoss.map { NumberText.fixed($0, 4) } ?? none
        case "train_accuracy": return snapshot?.trainAccuracy.map { NumberText.fixed($0 * 100, 1) + "%" } ?? none
        case "test_accuracy": return snapshot?.testAccuracy.map { NumberText.fixed($0 * 100, 1) + "%" } ?? none
        default: return nil
        }
    }

    /// The caption's lines at `width`, at most `maximumLines`: wrapped at
    /// words; when it does not fit, the last line ends with … after a
    /// whole word.
    static func lines(_ text: String, width: Int, maximumLines: Int, unicode: Bool) -> [String] {
        guard width > 0, maximumLines > 0 else { return [] }
        let wrapped = TextBlock.wrap(text, width: width)
        guard wrapped.count > maximumLines else { return wrapped }
        var lines = Array(wrapped.prefix(maximumLines))
        let mark = unicode ? "…" : "..."
        let room = max(0, width - CharacterWidth.of(mark))
        var kept = ""
        for word in lines.removeLast().split(separator: " ") {
            let candidate = kept.isEmpty ? String(word) : kept + " " + word
            guard CharacterWidth.of(candidate) <= room else { break }
            kept = candidate
        }
        lines.append(kept + mark)
        return lines
    }
}
