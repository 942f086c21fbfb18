import TermPlot

/// Where each key hint sits in the status bar, so a click on it runs its key.
extension StatusBar {
    struct PlacedHint {
        let hint: StatusHint
        /// The columns the hint's text covers.
        let columns: Range<Int>
    }

    /// The hints as `render` places them: after the notice (if any), two
    /// columns apart, each whole or left out.
    func placedHints(in area: Rect, options: RenderOptions) -> [PlacedHint] {
        var x = area.x + 1
        if let notice = explorer.notice {
            x += CharacterWidth.of(" " + options.text(notice.text) + " ") + 1
        }
        var placed: [PlacedHint] = []
        var used = 0
        for hint in KeyBinding.statusHints {
            let width = CharacterWidth.of(options.text(hint.text(in: explorer.options.language)))
            let gap = placed.isEmpty ? 0 : 2
            if x + used + gap + width > area.maxX { break }
            let start = x + used + gap
            placed.append(PlacedHint(hint: hint, columns: start..<(start + width)))
            used += gap + width
        }
        return placed
    }

    /// The command of the hint under column `x`, if any.
    func command(atColumn x: Int, area: Rect, options: RenderOptions) -> Command? {
        guard let hint = placedHints(in: area, options: options).first(where: { $0.columns.contains(x) })?.hint,
              let binding = KeyBinding.all.first(where: { $0.hint == hint }) else { return nil }
        // "1-9" names nine keys; a click opens the list they choose from.
        if case .favourite = binding.command { return .openPicker }
        return binding.command
    }
}
