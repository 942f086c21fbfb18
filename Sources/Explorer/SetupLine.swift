import Activations
import NeuralNet
import TermPlot

/// Under a preset's banner: every option that drives the scene, read from
/// the configuration and the run, never written in — the output layer and
/// its delta, the biases, each layer's weight distribution with its
/// numbers, the inputs, the batch and the gradients' reduction, the epochs.
struct SetupLine {
    let explorer: Explorer

    func parts(strings: Strings, unicode: Bool) -> [String] {
        let c = explorer.configuration
        let s = explorer.snapshot
        var parts: [String] = []
        let hidden = c.hiddenLayers.isEmpty ? nil : ActivationText.displayName(explorer.activation)
        switch c.output {
        case .softmax: parts.append(strings.softmaxOutput(hidden: hidden))
        case .sigmoid: parts.append(strings.sigmoidOutput(hidden: hidden, layer: c.hiddenLayers.count + 1))
        }
        if !c.useBias {
            parts.append(strings.noBias)
        } else if c.initialBias != 0 {
            parts.append(strings.initialBias(c.initialBias))
        }
        if let weights = weightText(c, snapshot: s, unicode: unicode) { parts.append(weights) }
        if c.standardizeInputs { parts.append(strings.standardizedInputs) }
        let examples = s.map(\.trainCount) ?? 0
        parts.append(strings.batch(c.batchSize, examples: examples, reduction: c.reduction))
        if c.reduction == .sum, c.batchSize == 0 || c.batchSize >= examples, examples > 0 {
            parts.append(strings.stepPart(rate: c.learningRate.value, examples: examples))
        }
        parts.append(strings.epochs(c.epochs))
        return parts
    }

    /// "weights U(±0.075), U(±0.077)": each layer's distribution, runs of
    /// equal ones as "×k", once the data's input count is known.
    func weightText(_ c: TrainingConfiguration, snapshot: TrainingSnapshot?, unicode: Bool) -> String? {
        guard let s = snapshot, s.inputCount > 0, s.classCount > 0 else { return nil }
        let fans = zip([s.inputCount] + c.hiddenSizes, c.hiddenSizes + [s.classCount])
        let texts = zip(c.layerInitializers, fans).map { rule, fan in
            Self.text(rule.distribution(fanIn: fan.0, fanOut: fan.1), unicode: unicode)
        }
        var runs: [(text: String, count: Int)] = []
        for text in texts {
            if let last = runs.last, last.text == text { runs[runs.count - 1].count += 1 } else { runs.append((text, 1)) }
        }
        let body = runs.map { $0.count > 1 ? "\($0.text)×\($0.count)" : $0.text }.joined(separator: ", ")
        return "\(Strings.of(explorer.options.language).weights) \(body)"
    }

    static func text(_ distribution: WeightDistribution, unicode: Bool) -> String {
        switch distribution {
        case .uniform(let bound): "U(±\(String(format: "%.3f", bound)))"
        case .normal(let deviation): "N(0, \(String(format: "%.3f", deviation))\(unicode ? "²" : "^2"))"
        case .zero: "0"
        }
    }

    /// The parts laid out in at most `maximumLines` lines of `width`, a
    /// part never split unless it alone is too wide.
    static func lines(_ parts: [String], width: Int, maximumLines: Int, separator: String) -> [String] {
        guard width > 0, maximumLines > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for part in parts {
            let candidate = line.isEmpty ? part : line + separator + part
            if CharacterWidth.of(candidate) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = part
            }
        }
        if !line.isEmpty { lines.append(line) }
        return Array(lines.prefix(maximumLines))
    }
}
