import Activations
import TermPlot

/// The mouse, hit-tested against the same layout the view draws: a click
/// focuses a pane (and in it moves the cursor or highlights a layer), a
/// double-click zooms the pane and back, the wheel zooms the activation
/// plot's x range, a click on a key hint runs its key, and the picker
/// takes a click on an activation.
extension Explorer {
    mutating func handle(_ mouse: MouseEvent) -> [Effect] {
        // Presses act, as in other terminal programs; releases and drags do not.
        guard mouse.kind == .press || mouse.kind == .doubleClick else { return [] }
        let (width, fullHeight) = screenSize ?? (Layout.fullWidth, Layout.fullHeight)
        // In a lesson the scene is drawn above the caption's band.
        let height = fullHeight - lessonBandHeight(width: width, height: fullHeight)
        switch overlay {
        case .picker(var picker):
            return click(mouse, inPicker: &picker, width: width, height: height)
        case .help, .helpPart, .glossary, .command:
            // As any key does: the window closes and nothing else happens.
            if mouse.button == .left { overlay = nil }
            return []
        case .settings:
            // Its rows are chosen and changed with the arrows and Enter.
            return []
        case nil:
            break
        }
        let layout = screenLayout(width: width, height: height)
        if let bar = layout.status, bar.contains(x: mouse.x, y: mouse.y) {
            guard mouse.button == .left,
                  let command = StatusBar(explorer: self).command(atColumn: mouse.x, area: bar, options: renderOptions)
            else { return [] }
            return perform(command)
        }
        guard let pane = layout.pane(atX: mouse.x, y: mouse.y), let area = layout.rect(for: pane) else { return [] }
        switch mouse.button {
        case .wheelUp, .wheelDown:
            return wheel(mouse.button == .wheelUp, over: pane)
        case .left:
            focus = pane
            if mouse.kind == .doubleClick {
                zoomedPane = zoomedPane == nil ? pane : nil
                return []
            }
            click(atX: mouse.x, y: mouse.y, in: pane, area: area)
            return []
        default:
            return []
        }
    }

    /// Pane-specific clicks: the cursor to the clicked x, or the clicked layer row.
    private mutating func click(atX x: Int, y: Int, in pane: Pane, area: Rect) {
        switch pane {
        case .activation:
            if let value = ActivationPane(explorer: self).plottedX(atColumn: x, row: y, area: area, options: renderOptions) {
                cursorX = min(max(value, -halfWidth), halfWidth)
            }
        case .health:
            let count = snapshot?.layers.count ?? 0
            if let layer = HealthPane.layer(atRow: y, area: area, highlighted: highlightedLayer, count: count),
               configuration.hiddenLayers.indices.contains(layer) {
                highlightedLayer = layer
            }
        default:
            break
        }
    }

    /// The wheel zooms the activation plot's x range (up: narrower) and
    /// scrolls the health rows; elsewhere it says what it does.
    private mutating func wheel(_ up: Bool, over pane: Pane) -> [Effect] {
        switch pane {
        case .activation:
            return perform(up ? .zoomIn : .zoomOut)
        case .health:
            let count = max(1, configuration.hiddenSizes.count)
            highlightedLayer = min(max(highlightedLayer + (up ? -1 : 1), 0), count - 1)
            return []
        default:
            show(Strings.of(options.language).wheelZoomsThePlot)
            return []
        }
    }

    private mutating func click(_ mouse: MouseEvent, inPicker picker: inout ActivationPicker,
                                width: Int, height: Int) -> [Effect] {
        let box = PickerOverlay.box(for: picker, width: width, height: height, unicode: options.unicode)
        switch mouse.button {
        case .wheelUp, .wheelDown:
            _ = picker.handle(mouse.button == .wheelUp ? .up : .down)
            overlay = .picker(picker)
            return []
        case .left:
            guard box.contains(x: mouse.x, y: mouse.y) else {
                // A click beside the window closes it, as Esc does.
                overlay = nil
                return []
            }
            guard let index = PickerOverlay.match(at: mouse.x, y: mouse.y, picker: picker, width: width, height: height, unicode: options.unicode)
            else { return [] }
            overlay = nil
            return select(picker.matches[index])
        default:
            return []
        }
    }
}
