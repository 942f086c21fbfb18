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
        let inner = Frame(title: strings.notesTitle, isHighlighted: explorer.focus == .notes).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        // Whole notes only: a note that does not fit is left out, and the
        // last row says how many are and how to see them.
        let items = items(width: inner.width, strings: strings, options: options)
        var shown: [Line] = []
        var count = 0
        for (i, item) in items.enumerated() {
            let room = inner.height - (i == items.count - 1 ? 0 : 1)
            guard shown.count + item.count <= room else { break }
            shown += item
            count += 1
        }
        for (i, line) in shown.enumerated() {
            screen.put(line.text, x: inner.x, y: inner.y + i, style: options.resolve(line.style), clip: inner)
        }
        if count < items.count, inner.height > shown.count {
            let left = items.count - count
            var text = strings.more(left) + "  " + strings.zoomToSeeAll
            if CharacterWidth.of(text) > inner.width { text = strings.more(left) }
            screen.put(options.text(text), x: inner.x, y: inner.maxY - 1, style: options.resolve(options.theme.dimText), clip: inner)
        }
    }

    struct Line {
        var text: String
        var style: Style
    }

    /// Wrapped lines, most important first.
    func lines(width: Int, strings: Strings, options: RenderOptions) -> [Line] {
        items(width: width, strings: strings, options: options).flatMap { $0 }
    }

    /// The notes, each as its wrapped lines, most important first: the
    /// measurements the lecture argues from, the library names, then pros
    /// and cons alternately. A continuation line is indented under its note.
    func items(width: Int, strings: Strings, options: RenderOptions) -> [[Line]] {
        guard width > 0 else { return [] }
        let theme = options.theme
        let kind = explorer.shownActivation
        let entry = Catalogue.entry(for: kind)
        var out: [[Line]] = []
        func add(_ text: String, _ style: Style, indent: String = "") {
            let first = TextBlock.wrap(options.text(text), width: width)
            guard let head = first.first else { return }
            var lines = [Line(text: head, style: style)]
            let rest = first.dropFirst().joined(separator: " ")
            if !rest.isEmpty {
                for piece in TextBlock.wrap(rest, width: max(1, width - indent.count)) {
                    lines.append(Line(text: indent + piece, style: style))
                }
            }
            out.append(lines)
        }
        add(strings.costSentence(costText(kind, strings: strings, options: options)), theme.highlight, indent: "  ")
        if let layers = explorer.snapshot?.layers, layers.indices.contains(explorer.highlightedLayer) {
            let share = layers[explorer.highlightedLayer].zigzagShare
            add(strings.zigzagSentence(NumberText.percent(share, unicode: options.unicode)), theme.highlight, indent: "  ")
        }
        if let straight = nearlyLinearText(strings: strings) { add(straight, theme.highlight, indent: "  ") }
        for part in frameworkParts { add(part, theme.dimText, indent: "  ") }
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

    /// The Keras and the PyTorch spelling, each a note of its own.
    var frameworkParts: [String] {
        let line = frameworkLine
        guard let split = line.range(of: "  PyTorch ") else { return line.isEmpty ? [] : [line] }
        return [String(line[..<split.lowerBound]), "PyTorch " + line[split.upperBound...]]
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

    /// When nearly all the hidden layers' inputs lie where a smooth
    /// activation is almost a line (`Activation.linearRange`), the net is
    /// almost linear, whatever the activation: tanh on the no-activation
    /// scene's spiral, from its small initial weights.
    func nearlyLinearText(strings: Strings) -> String? {
        guard let layers = explorer.snapshot?.layers, !layers.isEmpty,
              let range = Activation(explorer.activation).linearRange else { return nil }
        let shares = layers.compactMap(\.linearShare)
        guard shares.count == layers.count else { return nil }
        let share = shares.reduce(0, +) / Double(shares.count)
        guard share >= Self.nearlyLinearShare else { return nil }
        return strings.nearlyLinear(share: NumberText.percent(share), name: ActivationText.displayName(explorer.activation),
                                    range: NumberText.compact(range))
    }

    /// The share of inputs inside the linear range that makes a net "nearly linear".
    static let nearlyLinearShare = 0.9

    /// "12.3 ns per element, 4.1× ReLU's", or that it has not been measured yet; with
    /// timing shown, also the forward pass's share of a training step.
    private func costText(_ kind: ActivationKind, strings: Strings, options: RenderOptions) -> String {
        guard let ns = explorer.costs[kind], ns.isFinite, ns > 0 else { return strings.notMeasured }
        var ratio: String?
        if kind != .relu, let relu = explorer.costs[.relu], relu.isFinite, relu > 0 { ratio = NumberText.compact(ns / relu) }
        var text = strings.costPerElement(NumberText.compact(ns), timesReLU: ratio)
        if explorer.options.showsTiming, let share = stepShare(nanosecondsPerElement: ns) {
            text += ", " + strings.stepShare(elements: share.elements, share: share.share, stepSeconds: share.stepSeconds)
        }
        return text
    }

    /// The activation's forward pass per training step, as a share of the
    /// step's measured time: the probe's ns per element (measured on one
    /// thread, outside the net) × the batch's hidden units, against the
    /// trainer's own seconds per step. An estimate: the derivative pass,
    /// fused into the backward products, is not counted.
    func stepShare(nanosecondsPerElement ns: Double) -> (elements: Int, share: Double, stepSeconds: Double)? {
        guard let s = explorer.snapshot, s.step > 0, s.trainingSeconds > 0 else { return nil }
        let c = explorer.configuration
        let batch = c.batchSize == 0 ? s.trainCount : min(c.batchSize, max(s.trainCount, 1))
        let elements = batch * c.hiddenSizes.reduce(0, +)
        let stepSeconds = s.trainingSeconds / Double(s.step)
        guard elements > 0, stepSeconds > 0, stepSeconds.isFinite else { return nil }
        return (elements, Double(elements) * ns * 1e-9 / stepSeconds, stepSeconds)
    }
}
