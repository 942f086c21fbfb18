import Activations
import NeuralNet
import TermPlot

/// Train and test loss over epochs, the figures of the latest evaluation, the
/// run's state, the previous run as a dim ghost, and in a race every runner.
struct TrainingPane {
    let explorer: Explorer

    func render(into screen: inout Screen, area: Rect, options: RenderOptions) {
        let strings = Strings.of(explorer.options.language)
        // The run's state and pace in the frame's title, where they always fit.
        let inner = Frame(title: options.text(title(strings: strings, options: options, width: area.width - 6)),
                          isHighlighted: explorer.focus == .training).draw(into: &screen, area: area, options: options)
        guard !inner.isEmpty else { return }
        var top = inner.y
        // The figures and both losses always; more lines while the chart keeps 6 rows.
        var summary = summaryLines(strings: strings, options: options, width: inner.width)
        // The chart keeps 6 rows, or 4 where a race's verdict needs the room;
        // where even that is short, the verdict says only what it measured.
        var throughVerdict = (summary.lastIndex { $0.isVerdict } ?? -1) + 1
        if throughVerdict > inner.height - 4 {
            summary = summaryLines(strings: strings, options: options, width: inner.width, shortVerdict: true)
            throughVerdict = (summary.lastIndex { $0.isVerdict } ?? -1) + 1
        }
        let room = max(min(2, inner.height), inner.height - 6, min(throughVerdict, inner.height - 4))
        for line in summary.prefix(room) {
            screen.put(line.text, x: inner.x, y: top, style: options.resolve(line.style), clip: inner)
            top += 1
        }
        let chartArea = Rect(x: inner.x, y: top, width: inner.width, height: inner.maxY - top)
        if chartSeries(strings: strings).isEmpty {
            if chartArea.height > 0 {
                screen.put(options.text(strings.noData), x: inner.x, y: top + chartArea.height / 2,
                           style: options.resolve(options.theme.dimText), clip: inner)
            }
            return
        }
        var chart = chart(strings: strings)
        chart.keyPlacement = .strips
        chart.xLabel = strings.epochAxis
        // The y axis title takes a row of its own: only where rows are plenty.
        if chartArea.height >= 12 { chart.yLabel = explorer.race == nil ? strings.lossAxis : strings.errorAxis }
        chart.render(into: &screen, area: chartArea, options: options)
    }

    struct Line {
        var text: String
        var style: Style
        /// A line the chart gives rows up for (down to 4) rather than lose it.
        var isVerdict = false
    }

    /// "Training ▶ running · speed 100/s"; a divergence says only that it
    /// diverged here, its reason has lines of its own.
    func title(strings: Strings, options: RenderOptions, width: Int) -> String {
        let state = explorer.snapshot?.state ?? (explorer.isPaused ? .paused : .running)
        let stateText: String
        if case .diverged = state { stateText = strings.divergedShort } else { stateText = strings.state(state) }
        let full = "\(strings.trainingTitle) \(marker(state, unicode: options.unicode)) \(stateText)"
        let paced = full + (options.unicode ? " · " : " | ") + strings.pace(explorer.stepsPerSecond)
        if CharacterWidth.of(options.text(paced)) <= width { return paced }
        return CharacterWidth.of(options.text(full)) <= width ? full : strings.trainingTitle
    }

    func marker(_ state: TrainingState, unicode: Bool) -> String {
        switch state {
        case .running: unicode ? "▶" : ">"
        case .paused: unicode ? "‖" : "="
        case .finished: unicode ? "■" : "#"
        case .diverged: "!"
        }
    }

    /// The figures line, the losses line, a divergence's reason, the baseline and the race standings.
    func summaryLines(strings: Strings, options: RenderOptions, width: Int, shortVerdict: Bool = false) -> [Line] {
        let theme = options.theme
        var lines: [Line] = []
        let s = explorer.snapshot
        // Epoch and accuracy first; the step and the rate follow where they fit,
        // and what line 1 has no room for goes after the losses on line 2.
        var figures = [
            "\(strings.epoch) \(NumberText.fixed(s?.epoch, 2, unicode: options.unicode))",
            metricFigure(s, strings: strings, options: options),
        ] + (fitFigure(s, strings: strings, options: options).map { [$0] } ?? []) + [
            "\(strings.step) \(s.map { String($0.step) } ?? NumberText.missing(unicode: options.unicode))",
            "lr \(NumberText.compact(explorer.configuration.learningRate.value))",
        ]
        // The machine's own rate; at a pace it keeps up with, the pace is the
        // rate on screen, so the figure shows only when training is flat out
        // or slower than the pace.
        if explorer.options.showsTiming, let rate = s?.stepsPerSecond, rate > 0, rate.isFinite,
           explorer.stepsPerSecond.map({ rate < $0 }) ?? true {
            figures.append("\(NumberText.compact(rate)) steps/s")
        }
        let first = fit(figures, width: width)
        lines.append(Line(text: options.text(first), style: theme.text))
        let overflow = figures.filter { !first.contains($0) }

        let losses = [
            strings.losses(train: NumberText.compact(s?.trainLoss, unicode: options.unicode),
                           test: NumberText.compact(s?.testLoss, unicode: options.unicode),
                           separator: options.unicode ? " · " : " | "),
        ]
            + overflow
        let state: TrainingState = s?.state ?? (explorer.isPaused ? .paused : .running)
        var stateStyle = theme.text
        switch state {
        case .paused, .diverged: stateStyle = theme.highlight
        case .running, .finished: break
        }
        if case .diverged = state {
            // A divergence's reason wraps on lines of its own, never cut.
            for piece in TextBlock.wrap(options.text("! " + strings.state(state)), width: width).prefix(3) {
                lines.append(Line(text: piece, style: stateStyle))
            }
        }
        lines.append(Line(text: options.text(fit(losses, width: width)), style: stateStyle))
        if let base = explorer.currentBaseline {
            let accuracy = strings.accuracies(train: NumberText.percent(base.trainAccuracy, unicode: options.unicode),
                                              test: NumberText.percent(base.testAccuracy, unicode: options.unicode),
                                              separator: options.unicode ? " · " : " | ")
            let loss = NumberText.compact(base.trainLoss, unicode: options.unicode)
            let text = base.task == .regression
                ? strings.baseline(loss: loss, fit: metricFigure(base, strings: strings, options: options))
                : strings.baseline(loss: loss, accuracy: accuracy)
            for piece in TextBlock.wrap(options.text(text), width: width).prefix(2) {
                lines.append(Line(text: piece, style: theme.highlight))
            }
        }
        if let cause = explorer.divergenceCause() {
            for piece in TextBlock.wrap(options.text(strings.cause(cause)), width: width).prefix(3) {
                lines.append(Line(text: piece, style: theme.highlight))
            }
        }

        if let race = explorer.race {
            // The verdict before the standings: on a projector's short pane
            // the lines that do not fit are the last, and the verdict is
            // what the class must read (its ratio says the times).
            if let verdict = race.verdict {
                let text = shortVerdict ? strings.raceFinding(verdict) : strings.raceVerdict(verdict, conditions: raceConditions)
                for piece in TextBlock.wrap(options.text(text), width: width).prefix(3) {
                    lines.append(Line(text: piece, style: theme.highlight, isVerdict: true))
                }
            }
            var parts = ["\(strings.trainTarget) \(NumberText.percent(race.targetTrainAccuracy))"]
            for (i, runner) in race.runners.enumerated() {
                let name = "\(ActivationText.name(runner.kind)) lr \(NumberText.compact(runner.learningRate.value))"
                if i < race.results.count {
                    let r = race.results[i]
                    let epochs = r.epochsToTarget.map { NumberText.fixed($0, 2) + " " + strings.epochsShort }
                        ?? (r.diverged ? strings.state(.diverged(reason: "")).trimmingCharacters(in: [" ", ":"])
                            : strings.notReached(within: r.epochs))
                    parts.append("\(name) \(epochs)")
                } else if i == race.current {
                    parts.append("\(name) …")
                } else {
                    parts.append("\(name) –")
                }
            }
            for piece in SetupLine.lines(parts.map(options.text), width: width, maximumLines: 2, separator: "  ") {
                lines.append(Line(text: piece, style: theme.highlight))
            }
        }
        if shortVerdict {
            // A short pane: the finding right under the figures, before the losses.
            let verdict = lines.filter(\.isVerdict)
            lines.removeAll(where: \.isVerdict)
            lines.insert(contentsOf: verdict, at: min(1, lines.count))
        }
        return lines
    }

    /// "digits, 64-64 MLP": what the race ran on, beside the paper's CNN.
    var raceConditions: String {
        let c = explorer.configuration
        return "\(c.dataset.description), \(c.hiddenSizes.map(String.init).joined(separator: "-")) MLP"
    }

    /// Joins as many parts as fit, two spaces apart.
    private func fit(_ parts: [String], width: Int) -> String {
        var out = ""
        for part in parts {
            let candidate = out.isEmpty ? part : out + "  " + part
            if CharacterWidth.of(candidate) > width && !out.isEmpty { break }
            out = candidate
        }
        return out
    }

    func chartSeries(strings: Strings) -> [ChartSeries] {
        var series: [ChartSeries] = []
        if let race = explorer.race {
            // The paper's figure: training error against epochs, to the target line.
            func error(_ history: [EvaluationRecord]) -> [Double] { history.map { 1 - $0.trainAccuracy } }
            for result in race.results {
                series.append(ChartSeries(name: ActivationText.name(result.kind), xs: result.history.map(\.epoch),
                                          ys: error(result.history)))
            }
            if let kind = race.currentKind, let history = explorer.snapshot?.history, !history.isEmpty {
                series.append(ChartSeries(name: ActivationText.name(kind), xs: history.map(\.epoch), ys: error(history)))
            }
            if !series.isEmpty {
                let end = series.flatMap(\.xs).filter(\.isFinite).max() ?? 1
                let target = 1 - race.targetTrainAccuracy
                series.append(ChartSeries(name: strings.trainErrorTarget(target), xs: [0, Swift.max(end, 0.25)],
                                          ys: [target, target], isDimmed: true, lineStyle: .dotted))
            }
            return series
        }
        if let history = explorer.snapshot?.history, !history.isEmpty {
            series.append(ChartSeries(name: strings.trainLoss, xs: history.map(\.epoch), ys: history.map(\.trainLoss)))
            series.append(ChartSeries(name: strings.testLoss, xs: history.map(\.epoch), ys: history.map(\.testLoss),
                                      lineStyle: .dotted))
        }
        // The no-hidden-layer baseline as a line to beat, where there is a run to compare.
        if let loss = explorer.currentBaseline?.trainLoss, loss.isFinite, let end = series.first?.xs.last, end > 0 {
            series.append(ChartSeries(name: strings.baselineLegend(NumberText.compact(loss)), xs: [0, end],
                                      ys: [loss, loss], isDimmed: true, lineStyle: .dotted))
        }
        if explorer.showsGhost, let ghost = explorer.ghost, !ghost.history.isEmpty {
            series.append(ChartSeries(name: "\(strings.ghost): \(ghost.label)", xs: ghost.history.map(\.epoch),
                                      ys: ghost.history.map(\.testLoss), isDimmed: true))
        }
        return series
    }

    func chart(strings: Strings) -> LineChart {
        let series = chartSeries(strings: strings)
        let lastEpoch = series.flatMap(\.xs).filter(\.isFinite).max() ?? 1
        // A race plots training error, 0 to 1, as the paper's figure does.
        let race = explorer.race != nil
        var chart = LineChart(xRange: 0...max(lastEpoch, 0.25), yRange: race ? 0...1 : nil,
                              yScale: explorer.logScaleLoss && !race ? .log10 : .linear, series: series, showsZeroLines: false)
        chart.marks = explorer.marks.enumerated().map { ChartMark(x: $0.element, label: String($0.offset + 1)) }
        return chart
    }
}
