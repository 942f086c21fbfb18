import NeuralNet
import TermPlot

/// Lesson mode: → / PageDown and ← / PageUp walk the lesson's steps, each
/// opening its scene (every other key works inside a step as usual), and a
/// band under the explorer shows the progress and the step's caption.
extension Explorer {
    /// Opens `lesson` at its first step. `options` gives the look and
    /// language; each step's scene gives everything else.
    public init(lesson: Lesson, options: ExplorerOptions) throws {
        guard let first = lesson.steps.first else { throw ExplorerError("the lesson has no steps") }
        var opening = ExplorerOptions(scene: first.scene, theme: options.theme, unicode: options.unicode,
                                      color: options.color, showsTiming: options.showsTiming)
        opening.language = options.language
        try self.init(options: opening)
        self.lesson = LessonProgress(lesson: lesson)
    }

    /// What the shell carries out as the explorer opens: `startupEffects`,
    /// then in a lesson the first step's entry (keys, training, claim).
    public mutating func openingEffects() -> [Effect] {
        guard lesson != nil else { return startupEffects }
        return startupEffects + enterCurrentStep()
    }

    /// The step shown, from 0, and the number of steps; nil outside a lesson.
    public var lessonPosition: (index: Int, count: Int)? {
        lesson.map { ($0.index, $0.lesson.steps.count) }
    }

    /// Lesson navigation, before the key map; nil for any other key (or
    /// outside a lesson), which then works as it always does.
    mutating func handleLessonKey(_ key: Key) -> [Effect]? {
        guard let progress = lesson else { return nil }
        switch key {
        case .right, .pageDown:
            guard progress.index + 1 < progress.lesson.steps.count else {
                show(Strings.of(options.language).lessonEnd)
                return []
            }
            return openStep(progress.index + 1)
        case .left, .pageUp:
            guard progress.index > 0 else {
                show(Strings.of(options.language).lessonStart)
                return []
            }
            return openStep(progress.index - 1)
        default:
            return nil
        }
    }

    /// Opens step `index` from its start.
    mutating func openStep(_ index: Int) -> [Effect] {
        guard var progress = lesson, progress.lesson.steps.indices.contains(index) else { return [] }
        progress.index = index
        progress.pauseAtStep = nil
        lesson = progress
        let step = progress.step
        var effects = reopen(step.scene)
        notice = nil
        openingScene = step.scene
        effects += enterCurrentStep()
        return effects
    }

    /// The current step's entry: its keys, its training, its claim.
    private mutating func enterCurrentStep() -> [Effect] {
        guard let step = lesson?.step else { return [] }
        var effects: [Effect] = []
        for key in step.keys {
            if let command = KeyBinding.command(for: key) { effects += perform(command) }
        }
        if let steps = step.trainSteps, steps > 0 {
            isPaused = false
            lesson?.pauseAtStep = (snapshot?.step ?? 0) + steps
            effects.append(.runSteps(steps))
        }
        if let claim = step.claim, lesson?.measurements[claim] == nil {
            effects.append(.measureClaim(claim))
        }
        return effects
    }

    /// A snapshot has arrived: the entry's training pauses where it was
    /// asked to (the runner pauses itself there).
    mutating func lessonReceived() {
        guard let stop = lesson?.pauseAtStep, let s = snapshot else { return }
        if s.step >= stop, s.state == .paused {
            isPaused = true
            lesson?.pauseAtStep = nil
        } else if s.step > stop {
            lesson?.pauseAtStep = nil
        }
    }

    /// The current caption with its placeholders filled.
    public var lessonCaption: String? {
        guard let progress = lesson else { return nil }
        let step = progress.step
        return LessonCaption(step: step, measurement: step.claim.flatMap { progress.measurements[$0] },
                             snapshot: snapshot, language: options.language).text
    }

    /// The explorer above, the lesson's band below: a progress line
    /// ("3/12") and the caption, wrapped at words.
    /// The caption's lines as the band shows them.
    func lessonCaptionLines(width: Int, height: Int) -> [String] {
        LessonCaption.lines(renderOptions.text(lessonCaption ?? ""), width: width - 2,
                            maximumLines: height >= 36 ? 6 : 4, unicode: options.unicode)
    }

    /// Rows the lesson's band takes at the bottom (0 outside a lesson): the
    /// scene's panes, and their mouse targets, are in the rows above it.
    func lessonBandHeight(width: Int, height: Int) -> Int {
        guard lesson != nil, width > 0, height > 1 else { return 0 }
        return min(1 + lessonCaptionLines(width: width, height: height).count, max(1, height - Layout.minimumHeight))
    }

    func lessonView(width: Int, height: Int) -> Screen {
        guard let progress = lesson, width > 0, height > 1 else { return sceneView(width: width, height: height) }
        let render = renderOptions
        let strings = Strings.of(options.language)
        let caption = lessonCaptionLines(width: width, height: height)
        let band = lessonBandHeight(width: width, height: height)
        let inner = sceneView(width: width, height: height - band)
        var screen = Screen(width: width, height: height)
        for y in 0..<inner.height {
            for x in 0..<width { screen[x, y] = inner[x, y] }
        }
        let top = height - band
        let separator = options.unicode ? " · " : " | "
        let progressText = "\(strings.lessonWord) \(progress.index + 1)/\(progress.lesson.steps.count)"
        let parts = [progressText, progress.lesson.title.text(in: options.language), progress.step.displayName.text(in: options.language),
                     options.unicode ? strings.lessonKeys : strings.lessonKeysASCII]
        // The progress first; the title and keys give way on a narrow screen.
        var line = ""
        for part in parts.map(render.text) {
            let candidate = line.isEmpty ? part : line + separator + part
            if line.isEmpty || CharacterWidth.of(candidate) <= width - 2 { line = candidate }
        }
        screen.fill(Rect(x: 0, y: top, width: width, height: band), with: Cell(" ", style: render.resolve(options.theme.highlight)))
        screen.put(line, x: 1, y: top, style: render.resolve(options.theme.highlight))
        for (i, text) in caption.enumerated() where 1 + i < band {
            screen.put(text, x: 1, y: top + 1 + i, style: render.resolve(.plain))
        }
        return screen
    }
}
