import Activations
import Datasets
import NeuralNet
import TermPlot

/// The top line: what is being trained, how, and with which seed.
struct HeaderBar {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let c = explorer.configuration
        let separator = options.unicode ? " · " : " | "
        var parts = [
            "actview",
            ActivationText.displayName(explorer.activation),
            c.dataset.printableDescription,
            c.hiddenSizes.count <= 4 ? c.hiddenSizes.map(String.init).joined(separator: "-")
                : "\(c.hiddenSizes.count)×\(c.hiddenSizes.first ?? 0)",
            "\(c.optimizer.rawValue) lr \(NumberText.compact(c.learningRate.value))",
            c.initializer.name,
            "seed \(c.seed)",
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
}
