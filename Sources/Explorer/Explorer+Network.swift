import Activations
import NeuralNet
import TermPlot

/// The network edited live, and the network pane's highlight.
extension Explorer {
    /// The explorer's limits on the network a key can build.
    static let maximumHiddenLayers = 8
    static let maximumUnits = 64

    /// The activation the activation and notes panes show: the highlighted
    /// layer's own, once layers differ (`k`, `--activation relu,tanh`).
    var shownActivation: ActivationKind {
        let layers = configuration.hiddenLayers
        return layers.indices.contains(highlightedLayer) ? layers[highlightedLayer].activation.kind : activation
    }

    /// The arrows inside the focused network pane: Up and Down move the
    /// highlight through the layer's units, Left and Right through the
    /// layers (the activation pane follows). Nil: not an arrow.
    mutating func moveHighlight(_ key: Key) -> [Effect]? {
        let sizes = configuration.hiddenSizes
        guard !sizes.isEmpty else { return key == .up || key == .down || key == .left || key == .right ? [] : nil }
        switch key {
        case .up, .down:
            let units = sizes[min(highlightedLayer, sizes.count - 1)]
            highlightedUnit = (highlightedUnit + (key == .down ? 1 : -1) + units) % units
        case .left, .right:
            highlightedLayer = (highlightedLayer + (key == .right ? 1 : -1) + sizes.count) % sizes.count
            highlightedUnit = min(highlightedUnit, sizes[highlightedLayer] - 1)
        default:
            return nil
        }
        return []
    }

    mutating func performNetworkEdit(_ command: Command) -> [Effect] {
        let strings = Strings.of(options.language)
        var c = configuration
        let layer = min(highlightedLayer, max(0, c.hiddenLayers.count - 1))
        let limits = strings.networkLimit(layers: Explorer.maximumHiddenLayers, units: Explorer.maximumUnits)
        switch command {
        case .addLayer:
            guard c.hiddenLayers.count < Explorer.maximumHiddenLayers else { show(limits); return [] }
            let template = c.hiddenLayers.isEmpty ? HiddenLayer(units: 8, activation: LayerActivation(activation))
                : c.hiddenLayers[layer]
            let index = c.hiddenLayers.isEmpty ? 0 : layer + 1
            c.hiddenLayers.insert(template, at: index)
            highlightedLayer = index
            return applyEdit(c, message: strings.layerAdded(index + 1, units: template.units))
        case .removeLayer:
            guard c.hiddenLayers.count > 1 else { show(limits); return [] }
            c.hiddenLayers.remove(at: layer)
            highlightedLayer = min(layer, c.hiddenLayers.count - 1)
            return applyEdit(c, message: strings.layerRemoved(layer + 1))
        case .addUnit, .removeUnit:
            guard !c.hiddenLayers.isEmpty else { return [] }
            let units = c.hiddenLayers[layer].units + (command == .addUnit ? 1 : -1)
            guard (1...Explorer.maximumUnits).contains(units) else { show(limits); return [] }
            c.hiddenLayers[layer].units = units
            return applyEdit(c, message: strings.units(units, layer: layer + 1))
        case .nextLayerActivation, .previousLayerActivation:
            guard !c.hiddenLayers.isEmpty else { return [] }
            let kinds = ActivationKind.allCases
            let current = kinds.firstIndex(of: c.hiddenLayers[layer].activation.kind) ?? 0
            let step = command == .nextLayerActivation ? 1 : -1
            let kind = kinds[(current + step + kinds.count) % kinds.count]
            c.hiddenLayers[layer].activation = LayerActivation(kind)
            return applyEdit(c, message: strings.layerActivation(ActivationText.name(kind), layer: layer + 1))
        case .toggleShading:
            discretisesMap.toggle()
            show(discretisesMap ? strings.shadingOff : strings.shadingOn)
            return []
        case .toggleTestPoints:
            showsTestPoints.toggle()
            show(showsTestPoints ? strings.testPointsOn : strings.testPointsOff)
            return []
        case .enlargeTile:
            enlargesTile.toggle()
            return []
        default:
            return []
        }
    }

    /// Restarts with `new` from the same seed and data order, and says
    /// whether the initial weights stayed or a shape change redrew them.
    mutating func applyEdit(_ new: TrainingConfiguration, message: String, keepingGhost: Bool = true) -> [Effect] {
        let strings = Strings.of(options.language)
        let old = configuration
        race = nil
        configuration = new
        activation = new.primaryActivation
        let sizes = new.hiddenSizes
        highlightedLayer = min(highlightedLayer, max(0, sizes.count - 1))
        highlightedUnit = sizes.isEmpty ? 0 : min(highlightedUnit, sizes[highlightedLayer] - 1)
        let weights: String
        if old.startsFromSameWeights(as: new) {
            weights = strings.sameWeights
        } else if old.hiddenSizes != new.hiddenSizes || old.seed != new.seed {
            weights = strings.weightsRedrawnShape
        } else {
            weights = old.layerInitializers == new.layerInitializers ? strings.weightsRedrawnShape : strings.weightsRedrawnRule
        }
        let effects = restart(keepingGhost: keepingGhost)
        let separator = options.unicode ? " · " : " | "
        // restart may have shown its paused hint; the edit's words go first.
        let hint = notice?.text
        show(message + separator + weights + (isPaused && hint != nil ? separator + (hint ?? "") : ""))
        return effects
    }
}
