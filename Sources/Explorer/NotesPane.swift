import Activations
import Export
import TermPlot

/// The lecture's notes on the current activation: pros and cons in English
/// or Korean, the highlighted layer in Keras and PyTorch (its units, the
/// activation with its parameters), its measured cost ("exp is slow") and
/// the zigzag share from the diagnostics.
struct NotesPane {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        let inner = Frame(title: strings.notesTitle).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        var y = inner.y
        for line in lines(width: inner.width, strings: strings, options: options) {
            guard y < inner.maxY else { break }
            screen.put(line.text, x: inner.x, y: y, style: options.resolve(line.style), clip: inner)
            y += 1
        }
    }

    struct Line {
        var text: String
        var style: Style
    }

    /// Wrapped lines, most important first: the measurements the lecture
    /// argues from, the library names, then pros and cons alternately.
    func lines(width: Int, strings: Strings, options: RenderOptions) -> [Line] {
        guard width > 0 else { return [] }
        let theme = options.theme
        let kind = explorer.activation
        let entry = Catalogue.entry(for: kind)
        var out: [Line] = []
        func add(_ text: String, _ style: Style, indent: String = "") {
            let wrapped = TextBlock.wrap(options.text(text), width: width)
            for (i, piece) in wrapped.enumerated() {
                let text = i == 0 ? piece : indent + piece
                out.append(Line(text: text, style: style))
            }
        }
        var measured = "\(strings.cost) " + costText(kind, strings: strings, options: options)
        if let layers = explorer.snapshot?.layers, layers.indices.contains(explorer.highlightedLayer) {
            let share = layers[explorer.highlightedLayer].zigzagShare
            measured += "  \(strings.zigzag) \(NumberText.percent(share, unicode: options.unicode))"
        }
        add(measured, theme.highlight)
        add(frameworkLine, theme.dimText)
        let korean = explorer.options.language == .korean
        let pros = korean ? entry.pros.korean : entry.pros.english
        let cons = korean ? entry.cons.korean : entry.cons.english
        let plus = "+ ", minus = options.unicode ? "− " : "- "
        for i in 0..<max(pros.count, cons.count) {
            if i < pros.count { add(plus + pros[i], theme.text, indent: "  ") }
            if i < cons.count { add(minus + cons[i], theme.text, indent: "  ") }
        }
        return out
    }

    /// The highlighted hidden layer as `actview export` writes it:
    /// "Keras layers.Dense(32, activation="relu")  PyTorch nn.Linear(2, 32), nn.ReLU()".
    var frameworkLine: String {
        let configuration = explorer.configuration
        let layers = configuration.hiddenLayers
        guard !layers.isEmpty else { return "" }
        let index = min(max(explorer.highlightedLayer, 0), layers.count - 1)
        let layer = layers[index]
        let reported = explorer.snapshot.map(\.featureCount) ?? 0
        let inputs: Int? = index > 0 ? layers[index - 1].units : (reported > 0 ? reported : nil)
        return "Keras " + LayerSpelling.keras(layer.activation, units: layer.units, bias: configuration.useBias)
            + "  PyTorch " + LayerSpelling.pytorch(layer.activation, inputs: inputs, units: layer.units,
                                                   bias: configuration.useBias)
    }

    /// "12.3 ns/el (×4.1 ReLU)", or that it has not been measured yet.
    private func costText(_ kind: ActivationKind, strings: Strings, options: RenderOptions) -> String {
        guard let ns = explorer.costs[kind], ns.isFinite, ns > 0 else { return strings.notMeasured }
        var text = "\(NumberText.compact(ns)) ns/el"
        if kind != .relu, let relu = explorer.costs[.relu], relu.isFinite, relu > 0 {
            text += " (×\(NumberText.compact(ns / relu)) ReLU)"
        }
        return text
    }
}
