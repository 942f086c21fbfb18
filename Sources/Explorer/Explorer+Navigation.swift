import Datasets
import NeuralNet
import TermPlot

/// The keys people bring from other programs: the reverse of every cycling
/// key, the list keys (Up, Down, PgUp, PgDn, Home, End) in the focused
/// pane, and Esc, which closes and never quits.
extension Explorer {
    /// I, O, D, T: the initialiser, optimiser, data set or preset before the current one.
    mutating func cycleBack(_ command: Command) -> [Effect] {
        let strings = Strings.of(options.language)
        func before<T: Equatable>(_ value: T, in all: [T]) -> T {
            let i = all.firstIndex(of: value) ?? 0
            return all[(i - 1 + all.count) % all.count]
        }
        switch command {
        case .previousInitializer:
            configuration.initializer = before(configuration.initializer, in: Explorer.initializers)
            show(strings.initializer(configuration.initializer.name))
            return restart(keepingGhost: true)
        case .previousOptimizer:
            configuration.optimizer = before(configuration.optimizer, in: OptimizerKind.allCases)
            show(strings.optimizer(configuration.optimizer.rawValue))
            return restart(keepingGhost: true)
        case .previousDataset:
            let all = DatasetSpec.builtIn
            let current = configuration.dataset.withDefaultParameters
            // A data set outside the built-in cycle steps back to its last entry.
            let dataset = all.contains(current) ? before(current, in: all) : all[all.count - 1]
            configuration.dataset = dataset
            show(strings.dataset(dataset.description))
            ghost = nil
            return restart(keepingGhost: false)
        default:
            let all = TrainingPreset.allCases
            return load(preset.map { before($0, in: all) } ?? all[all.count - 1])
        }
    }

    /// The list the focused pane holds: the health pane's layer rows. In
    /// any other pane the keys say where the list is instead of doing nothing.
    mutating func moveInList(_ command: Command) -> [Effect] {
        guard focus == .health else {
            show(Strings.of(options.language).listNeedsFocus(unicode: options.unicode))
            return []
        }
        let count = max(1, configuration.hiddenSizes.count)
        let page = max(1, healthRowsShown - 1)
        let target: Int
        switch command {
        case .listUp: target = highlightedLayer - 1
        case .listDown: target = highlightedLayer + 1
        case .listPageUp: target = highlightedLayer - page
        case .listPageDown: target = highlightedLayer + page
        case .listFirst: target = 0
        default: target = count - 1
        }
        highlightedLayer = min(max(target, 0), count - 1)
        return []
    }

    /// Layer rows the health pane shows at the last reported size (5 before any).
    var healthRowsShown: Int {
        guard let size = screenSize, let area = screenLayout(width: size.width, height: size.height).health else { return 5 }
        // The frame's two rows and the column header.
        return max(1, area.height - 3)
    }

    /// Rows the picker's list shows at the last reported size.
    func pickerRowsShown(_ picker: ActivationPicker) -> Int {
        let (width, height) = screenSize ?? (Layout.fullWidth, Layout.fullHeight)
        return PickerOverlay.rows(for: picker, width: width, height: height, unicode: options.unicode)
    }

    /// Esc: leaves the zoom; with nothing to close it says how to quit.
    mutating func closeWindow() -> [Effect] {
        if zoomedPane != nil {
            zoomedPane = nil
        } else {
            show(Strings.of(options.language).escapeDoesNotQuit)
        }
        return []
    }

    /// The panes' places on a `width`×`height` screen, exactly as `view` lays them out.
    /// The network pane has a picture for 2-D sets (unit tiles) and images
    /// (first-layer weights); for other data it shows only when zoomed.
    var showsNetworkPane: Bool {
        switch configuration.dataset {
        case .digits, .mnist: true
        default: configuration.dataset.isPlanar || (snapshot?.imageWidth ?? 0) > 0
        }
    }

    func screenLayout(width: Int, height: Int) -> Layout {
        let banner = bannerLines(width: width - 2, height: height, options: renderOptions)
        return Layout(width: width, height: height, hasBanner: showsBanner,
                      layerCount: configuration.hiddenSizes.count, bannerLines: banner.banner.count + banner.setup.count,
                      zoomed: zoomedPane, networkColumn: configuration.dataset.isPlanar,
                      confusionClasses: confusionClasses, showsNetwork: showsNetworkPane)
    }
}
