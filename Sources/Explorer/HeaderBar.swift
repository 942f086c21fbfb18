import Activations
import Datasets
import NeuralNet
import TermPlot

/// The top line: what is being trained, on what shape with how many
/// parameters (maxout's doubling shows on switching), how, and with which
/// seed. Parts that do not fit are dropped from the end.
struct HeaderBar {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let c = explorer.configuration
        let separator = options.unicode ? " · " : " | "
        // Every field with its name: "hidden 32-32", "init auto: he-normal".
        var parts = [
            "actview",
            ActivationText.displayName(explorer.activation),
            c.dataset.printableDescription,
            strings.hiddenField(HeaderBar.hiddenShape(of: c)),
        ]
        if c.inputFeatures != .plain { parts.append(strings.features(c.inputFeatures)) }
        // The whole net, inputs to classes, once the data has said them.
        if let s = explorer.snapshot, s.inputCount > 0, s.classCount > 0 {
            parts[parts.count - 1] += " (\(strings.netField(HeaderBar.shape(of: c, snapshot: s))))"
        }
        if let count = explorer.snapshot?.parameterCount, count > 0 { parts.append(strings.parameters(count)) }
        parts += [
            "\(c.optimizer.rawValue) lr \(NumberText.compact(c.learningRate.value))",
            strings.initializerField(HeaderBar.initializerName(c, activation: explorer.activation)),
            strings.seedField(c.seed),
        ]
        if let preset = explorer.preset { parts.append("preset \(preset.name)") }
        screen.fill(area, with: Cell(" ", style: options.resolve(options.theme.title)))
        var text = ""
        for part in parts {
            let candidate = text.isEmpty ? part : text + separator + part
            if CharacterWidth.of(options.text(candidate)) > area.width - 2 { break }
            text = candidate
        }
        screen.put(options.text(text), x: area.x + 1, y: area.y, style: options.resolve(options.theme.title), clip: area)
    }

    /// "64-1000-10" once the data's inputs and classes are known ("1000"
    /// before), "64-16×32-10" for a deep uniform stack, "64-10" without a
    /// hidden layer.
    static func shape(of c: TrainingConfiguration, snapshot: TrainingSnapshot?) -> String {
        let sizes = c.hiddenSizes
        var middle: [String]
        if sizes.count > 4, Set(sizes).count == 1 {
            middle = ["\(sizes.count)×\(sizes[0])"]
        } else if sizes.count > 4 {
            middle = ["\(sizes.count) layers"]
        } else {
            middle = sizes.map(String.init)
        }
        if let s = snapshot, s.inputCount > 0, s.classCount > 0 {
            middle = [String(s.inputCount)] + middle + [String(s.classCount)]
        }
        return middle.joined(separator: "-")
    }

    /// The hidden layers alone: "32-32", "16×32" for a deep uniform stack,
    /// "none" without a hidden layer.
    static func hiddenShape(of c: TrainingConfiguration) -> String {
        let sizes = c.hiddenSizes
        if sizes.isEmpty { return "none" }
        if sizes.count > 4, Set(sizes).count == 1 { return "\(sizes.count)×\(sizes[0])" }
        if sizes.count > 4 { return "\(sizes.count) layers" }
        return sizes.map(String.init).joined(separator: "-")
    }

    /// The initialiser, with what `auto` chose for the activation on screen.
    static func initializerName(_ c: TrainingConfiguration, activation: ActivationKind) -> String {
        guard c.initializer == .automatic else { return c.initializer.name }
        return "auto: \(c.initializer.resolved(for: activation).name)"
    }
}
