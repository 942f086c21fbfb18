import TermPlot

extension Explorer {
    /// How the panes draw, from the options.
    public var renderOptions: RenderOptions {
        RenderOptions(unicode: options.unicode, color: options.color, theme: options.theme)
    }

    /// The whole screen for a terminal of `width`×`height`. Pure, and safe at
    /// any size down to 1×1 (and 0×0).
    public func view(width: Int, height: Int) -> Screen {
        var screen = Screen(width: max(0, width), height: max(0, height))
        let options = renderOptions
        let layout = Layout(width: screen.width, height: screen.height, hasBanner: showsBanner,
                            layerCount: configuration.hiddenSizes.count)
        if layout.isTooSmall {
            drawTooSmall(into: &screen, options: options)
            return screen
        }
        if let area = layout.header { HeaderBar(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.banner, showsBanner, let preset {
            screen.put(options.text(preset.banner(in: self.options.language)), x: area.x + 1, y: area.y,
                       style: options.resolve(options.theme.highlight), clip: area)
        }
        if let area = layout.activation { ActivationPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.training { TrainingPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.health { HealthPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.data { DataPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.notes { NotesPane(explorer: self).render(into: &screen, area: area, options: options) }
        if let area = layout.status { StatusBar(explorer: self).render(into: &screen, area: area, options: options) }
        switch overlay {
        case .help: HelpOverlay(language: self.options.language).render(into: &screen, options: options)
        case .picker(let picker):
            PickerOverlay(picker: picker, current: activation, language: self.options.language)
                .render(into: &screen, options: options)
        case .command(let text):
            CommandOverlay(command: text, language: self.options.language).render(into: &screen, options: options)
        case nil: break
        }
        return screen
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
