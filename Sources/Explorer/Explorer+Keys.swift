import Datasets
import Activations
import NeuralNet
import TermPlot

/// Keys: overlays take them first, then the key map.
extension Explorer {
    mutating func handle(_ key: Key) -> [Effect] {
        switch overlay {
        case .help where key == .right || key == .tab:
            overlay = helpPartCount > 1 ? .helpPart(1) : .glossary(part: 0)
            return []
        case .helpPart(let part) where key == .right || key == .tab:
            overlay = part + 1 < helpPartCount ? .helpPart(part + 1) : .glossary(part: 0)
            return []
        case .helpPart(let part) where key == .left || key == .backTab:
            overlay = part > 1 ? .helpPart(part - 1) : .help
            return []
        case .glossary(let part) where key == .right:
            overlay = .glossary(part: part + 1)
            return []
        case .glossary(let part) where key == .left && part > 0:
            overlay = .glossary(part: part - 1)
            return []
        case .glossary where key == .left || key == .tab || key == .backTab:
            overlay = helpPartCount > 1 ? .helpPart(helpPartCount - 1) : .help
            return []
        case .help, .helpPart, .glossary, .command:
            // Any key closes the window, and does nothing else.
            overlay = nil
            return []
        case .settings(let selection):
            return handleSettings(key, selection: selection)
        case .picker(var picker):
            switch picker.handle(key, page: pickerRowsShown(picker)) {
            case .stay:
                overlay = .picker(picker)
                return []
            case .close:
                overlay = nil
                return []
            case .choose(let kind):
                overlay = nil
                return select(kind)
            case .noMatch:
                overlay = .picker(picker)
                show(Strings.of(options.language).noMatchNotice(picker.filter))
                return []
            }
        case nil:
            // The focused network pane's arrows move its highlight, even in a lesson.
            if focus == .network, let effects = moveHighlight(key) { return effects }
            if let effects = handleLessonKey(key) { return effects }
            guard let command = KeyBinding.command(for: key) else { return [] }
            return perform(command)
        }
    }

    /// The parts the help's keys take on the screen in use.
    var helpPartCount: Int {
        let (width, fullHeight) = screenSize ?? (Layout.fullWidth, Layout.fullHeight)
        // In a lesson the help is drawn over the scene, above the caption's band.
        let height = fullHeight - lessonBandHeight(width: width, height: fullHeight)
        return HelpOverlay.partCount(language: options.language, options: renderOptions, width: width, height: height)
    }

    mutating func perform(_ command: Command) -> [Effect] {
        let kinds = ActivationKind.allCases
        switch command {
        case .nextActivation:
            let i = kinds.firstIndex(of: activation) ?? 0
            return select(kinds[(i + 1) % kinds.count])
        case .previousActivation:
            let i = kinds.firstIndex(of: activation) ?? 0
            return select(kinds[(i - 1 + kinds.count) % kinds.count])
        case .favourite(let index):
            guard KeyBinding.favourites.indices.contains(index) else { return [] }
            return select(KeyBinding.favourites[index])
        case .openPicker:
            overlay = .picker(ActivationPicker(current: activation))
            return []
        case .togglePause:
            isPaused.toggle()
            return [isPaused ? .pauseTraining : .resumeTraining]
        case .step:
            let wasPaused = isPaused
            isPaused = true
            return wasPaused ? [.stepTraining] : [.pauseTraining, .stepTraining]
        case .restart:
            return restart(keepingGhost: true)
        case .continueRun:
            guard snapshot?.state == .finished, race == nil else {
                show(Strings.of(options.language).continueNeedsFinished)
                return []
            }
            // As many epochs again as the run was set up for.
            let more = openingScene?.configuration.epochs ?? configuration.epochs
            configuration.epochs += more
            lastStartedConfiguration = configuration
            show(Strings.of(options.language).continuing(more))
            return isPaused ? [.continueTraining(epochs: more)] : [.continueTraining(epochs: more), .resumeTraining]
        case .openingScene:
            guard let openingScene else { return [] }
            return reopen(openingScene)
        case .mark:
            guard let s = snapshot, s.step > 0 else {
                show(Strings.of(options.language).nothingToMark)
                return []
            }
            marks.append(s.epoch)
            show(Strings.of(options.language).marked(marks.count, step: s.step))
            return []
        case .checkpointBack:
            return stepBack()
        case .checkpointForward:
            return stepForward()
        case .newSeed:
            var generator = SeededRandom(seed: configuration.seed)
            // Small seeds are easier to read aloud and type back in.
            configuration.seed = generator.next() % 100_000
            show(Strings.of(options.language).newSeed(configuration.seed))
            return restart(keepingGhost: true)
        case .learningRateUp, .learningRateDown:
            let factor = command == .learningRateUp ? Explorer.learningRateFactor : 1 / Explorer.learningRateFactor
            let rate = configuration.learningRate.scaled(by: factor, within: Explorer.learningRateBounds)
            configuration.learningRate = rate
            show(Strings.of(options.language).learningRate(rate.value))
            return [.setLearningRate(rate)]
        case .lectureStep:
            return toggleLectureStep()
        case .slower, .faster:
            return changePace(faster: command == .faster)
        case .cursorLeft, .cursorRight:
            let step = halfWidth / 16
            cursorX += command == .cursorLeft ? -step : step
            cursorX = min(max(cursorX, -halfWidth), halfWidth)
            return []
        case .nextNotablePoint:
            // In view, after the cursor, wrapping round to the first.
            let points = ActivationPane(explorer: self).plotted.notablePoints.map(\.x)
                .filter { abs($0) <= halfWidth }
            guard let first = points.first else {
                show(Strings.of(options.language).noNotablePoint)
                return []
            }
            cursorX = points.first { $0 > cursorX + 1e-9 } ?? first
            return []
        case .zoomIn, .zoomOut:
            halfWidth = min(max(command == .zoomIn ? halfWidth / 2 : halfWidth * 2, 0.75), 48)
            cursorX = min(max(cursorX, -halfWidth), halfWidth)
            return []
        case .toggleLogLoss:
            logScaleLoss.toggle()
            if race != nil { show(Strings.of(options.language).raceStaysLinear) }
            return []
        case .toggleGhost:
            showsGhost.toggle()
            if ghost?.history.isEmpty ?? true { show(Strings.of(options.language).noGhostYet) }
            return []
        case .previousLayer, .nextLayer:
            guard configuration.hiddenSizes.count > 1 else {
                show(Strings.of(options.language).singleLayer(configuration.hiddenSizes.count))
                return []
            }
            let count = max(1, configuration.hiddenSizes.count)
            highlightedLayer = (highlightedLayer + (command == .nextLayer ? 1 : -1) + count) % count
            return []
        case .cycleInitializer:
            let all = Explorer.initializers
            let i = all.firstIndex(of: configuration.initializer).map { ($0 + 1) % all.count } ?? 0
            configuration.initializer = all[i]
            show(Strings.of(options.language).initializer(all[i].name))
            return restart(keepingGhost: true)
        case .cycleOptimizer:
            let all = OptimizerKind.allCases
            let i = all.firstIndex(of: configuration.optimizer).map { ($0 + 1) % all.count } ?? 0
            configuration.optimizer = all[i]
            show(Strings.of(options.language).optimizer(all[i].rawValue))
            return restart(keepingGhost: true)
        case .cycleDataset:
            let all = datasetCycle
            let current = configuration.dataset.withDefaultParameters
            let i = all.firstIndex(of: current).map { ($0 + 1) % all.count } ?? 0
            configuration.dataset = all[i]
            show(Strings.of(options.language).dataset(all[i].description))
            ghost = nil
            return restart(keepingGhost: false)
        case .nextFeatures, .previousFeatures:
            return cycleFeatures(forward: command == .nextFeatures)
        case .cyclePreset:
            return load(preset.map(\.next) ?? .lecture)
        case .screenshot:
            return [.saveScreenshot]
        case .exportMetrics:
            return [.exportMetrics]
        case .saveScene:
            return [.saveScene(scene)]
        case .showCommand:
            overlay = .command(scene.command)
            return []
        case .focusNext, .focusPrevious:
            focus = focus.moved(by: command == .focusNext ? 1 : -1)
            if zoomedPane != nil { zoomedPane = focus }
            return []
        case .toggleZoom:
            zoomedPane = zoomedPane == nil ? focus : nil
            return []
        case .previousInitializer, .previousOptimizer, .previousDataset, .previousPreset:
            return cycleBack(command)
        case .listUp, .listDown, .listPageUp, .listPageDown, .listFirst, .listLast:
            return moveInList(command)
        case .closeWindow:
            return closeWindow()
        case .addLayer, .removeLayer, .addUnit, .removeUnit, .nextLayerActivation, .previousLayerActivation,
             .toggleShading, .toggleTestPoints, .enlargeTile:
            return performNetworkEdit(command)
        case .openSettings:
            return openSettings()
        case .help:
            overlay = .help
            return []
        case .quit:
            isFinished = true
            return [.quit]
        }
    }

    /// Moves the pace one level along `Explorer.paces`, stopping at both
    /// ends; a pace between levels (from `--speed`) moves to the next one.
    mutating func changePace(faster: Bool) -> [Effect] {
        // Flat out ranks above every rate.
        let rank = { (pace: Double?) -> Double in pace ?? .infinity }
        let current = rank(stepsPerSecond)
        let next = faster
            ? Explorer.paces.first { rank($0) > current }
            : Explorer.paces.last { rank($0) < current }
        paceIsChosen = true
        guard let next else {
            show(Strings.of(options.language).pace(stepsPerSecond))
            return []
        }
        stepsPerSecond = next
        show(Strings.of(options.language).pace(next))
        return [.setPace(stepsPerSecond: next)]
    }
}
