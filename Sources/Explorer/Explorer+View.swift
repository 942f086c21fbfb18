import TermPlot

extension Explorer {
    /// How the panes draw, from the options.
    public var renderOptions: RenderOptions {
        RenderOptions(unicode: options.unicode, color: options.color, theme: options.theme, colorCount: options.colorCount)
    }

    /// The whole screen for a terminal of `width`×`height`. Pure, and safe at
    /// any size down to 1×1 (and 0×0).
    public func view(width: Int, height: Int) -> Screen {
        // The theme's background under every cell (see `paintingThemeBackground`).
        (lesson == nil ? sceneView(width: width, height: height) : lessonView(width: width, height: height))
            .paintingThemeBackground(renderOptions)
    }

    /// The explorer's own screen (under a lesson's band, in lesson mode).
    func sceneView(width: Int, height: Int) -> Screen {
        var screen = Screen(width: max(0, width), height: max(0, height))
        let options = renderOptions
        let banner = bannerLines(width: screen.width - 2, height: screen.height, options: options)
        let layout = screenLayout(width: screen.width, height: screen.height)
        if layout.isTooSmall {
            drawTooSmall(into: &screen, options: options)
            return screen
        }
        if let area = layout.header { HeaderBar(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.banner {
            let lines = banner.banner.map { ($0, options.theme.highlight) } + banner.setup.map { ($0, options.theme.dimText) }
            for (i, (line, style)) in lines.enumerated() where i < area.height {
                screen.put(line, x: area.x + 1, y: area.y + i, style: options.resolve(style), clip: area)
            }
        }
        if let area = layout.activation { ActivationPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.training { TrainingPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.health { HealthPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.data { DataPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.network { NetworkPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.notes { NotesPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.status { StatusBar(explorer: self, hiddenPanes: layout.hiddenPanes).render(into: &screen, area: area, options: options) }
        switch overlay {
        case .help: HelpOverlay(language: self.options.language).render(into: &screen, options: options)
        case .helpPart(let part): HelpOverlay(language: self.options.language, part: part).render(into: &screen, options: options)
        case .glossary(let part):
            GlossaryOverlay(language: self.options.language, part: part).render(into: &screen, options: options)
        case .picker(let picker):
            PickerOverlay(picker: picker, current: activation, language: self.options.language)
                .render(into: &screen, options: options)
        case .command(let text):
            CommandOverlay(command: text, language: self.options.language).render(into: &screen, options: options)
        case .settings(let selection):
            SettingsOverlay(explorer: self, selection: selection).render(into: &screen, options: options)
        case nil: break
        }
        return screen
    }

    /// The classes of the confusion grid the data pane shows, if it shows one.
    var confusionClasses: Int? {
        guard snapshot?.decisionMap == nil, let n = snapshot?.confusion?.count, n > 0 else { return nil }
        return n
    }

    /// A preset's banner, then its setup (`SetupLine`): one line each on
    /// small screens, up to two each from 36 rows up.
    func bannerLines(width: Int, height: Int, options: RenderOptions) -> (banner: [String], setup: [String]) {
        guard let preset, width > 0 else { return ([], []) }
        let strings = Strings.of(self.options.language)
        // The banner is what the class must read: on a short screen it keeps
        // two lines and the dim setup line gives way, rather than the banner
        // stopping mid-sentence.
        let tall = height >= 36
        let wrapped = TextBlock.wrap(options.text(preset.banner(in: self.options.language)), width: width)
        var banner = Array(wrapped.prefix(tall ? 3 : 2))
        if wrapped.count > banner.count, let last = banner.popLast() {
            let mark = options.unicode ? "…" : "..."
            let room = max(0, width - CharacterWidth.of(mark))
            let words = last.split(separator: " ")
            var kept = ""
            for word in words where CharacterWidth.of(kept.isEmpty ? String(word) : kept + " " + word) <= room {
                kept = kept.isEmpty ? String(word) : kept + " " + word
            }
            banner.append(kept + mark)
        }
        let setupLines = tall ? 2 : (banner.count > 1 ? 0 : 1)
        let parts = SetupLine(explorer: self).parts(strings: strings, unicode: options.unicode).map(options.text)
        let setup = setupLines == 0 ? []
            : SetupLine.lines(parts, width: width, maximumLines: setupLines, separator: options.unicode ? " · " : " | ")
        return (banner, setup)
    }

    private func drawTooSmall(into screen: inout Screen, options: RenderOptions) {
        guard screen.width > 0, screen.height > 0 else { return }
        let message = Strings.of(self.options.language).tooSmall(
            width: screen.width, height: screen.height,
            minimumWidth: Layout.minimumWidth, minimumHeight: Layout.minimumHeight)
        let lines = TextBlock.wrap(options.text(message), width: screen.width)
        let top = max(0, (screen.height - lines.count) / 2)
        for (i, line) in lines.prefix(screen.height).enumerated() {
            let x = max(0, (screen.width - CharacterWidth.of(line)) / 2)
            screen.put(line, x: x, y: top + i, style: options.resolve(options.theme.text))
        }
    }
}
