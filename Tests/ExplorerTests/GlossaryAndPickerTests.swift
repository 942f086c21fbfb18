@testable import Explorer
import TermPlot
import Testing

/// The help's second page, and the picker's full names, formula, shape and
/// empty result.
@Suite struct GlossaryAndPickerTests {
    func press(_ e: inout Explorer, _ keys: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeyNotation.parse(keys) { effects += e.update(.key(key)) }
        return effects
    }

    @Test func rightOrTabInTheHelpTurnsToTheGlossaryAndBack() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = e.update(.resize(width: 100, height: 40))
        _ = try press(&e, "?<Right>")
        #expect(e.overlay == .glossary(part: 0))
        let text = e.view(width: 100, height: 40).plainText()
        for term in ["Glossary", "pre-activations:", "zero slope (shaded):", "zigzag:", "Data pane:", "←/Tab: keys"] {
            #expect(text.contains(term), "\(term)")
        }
        _ = try press(&e, "<Tab>")
        #expect(e.overlay == .help)
        #expect(e.view(width: 100, height: 40).plainText().contains("→/Tab: glossary"))
        _ = try press(&e, "<Tab><Left>")
        #expect(e.overlay == .help)
        // A short screen splits the keys into parts, then the glossary: → the next, ← the one before.
        _ = e.update(.resize(width: 80, height: 24))
        let keys = e.view(width: 80, height: 24).plainText()
        #expect(keys.contains("Keys 1/") && keys.contains("→/Tab: more keys"))
        var parts = 1
        while true {
            _ = try press(&e, "<Right>")
            guard case .helpPart = e.overlay else { break }
            parts += 1
        }
        #expect(parts >= 2 && parts == e.helpPartCount)
        #expect(e.overlay == .glossary(part: 0))
        let first = e.view(width: 80, height: 24).plainText()
        #expect(first.contains("1/2  →: more") && first.contains("pre-activations:"))
        _ = try press(&e, "<Right>")
        #expect(e.overlay == .glossary(part: 1))
        let second = e.view(width: 80, height: 24).plainText()
        #expect(second.contains("2/2") && second.contains("bright frame:") && !second.contains("pre-activations:"))
        _ = try press(&e, "<Left><Left>")
        #expect(e.overlay == .helpPart(parts - 1))
        // Any other key closes either page and does nothing else.
        #expect(try press(&e, "q").isEmpty)
        #expect(e.overlay == nil && !e.isFinished)
    }

    /// On a projector's 80×24 the help's parts, together, list every key
    /// with its description whole.
    @Test func theHelpsPartsListEveryKeyAt80x24() throws {
        for language in [Language.english, .korean] {
            var e = try Explorer(options: ExplorerOptions(language: language))
            _ = e.update(.resize(width: 80, height: 24))
            _ = try press(&e, "?")
            var text = ""
            for _ in 0..<e.helpPartCount {
                text += e.view(width: 80, height: 24).plainText()
                _ = try press(&e, "<Right>")
            }
            for binding in KeyBinding.all where binding.isListed {
                #expect(text.contains(binding.summary(in: language)), "\(language): \(binding.summary(in: language))")
            }
        }
    }

    @Test func theGlossaryIsInKoreanToo() throws {
        var e = try Explorer(options: ExplorerOptions(language: .korean))
        _ = e.update(.resize(width: 100, height: 40))
        _ = try press(&e, "?<Tab>")
        let text = e.view(width: 100, height: 40).plainText()
        #expect(text.contains("용어 안내") && text.contains("사전 활성값:") && text.contains("표준편차(σ)"))
        #expect(Glossary.english.count == Glossary.korean.count)
    }

    @Test func thePickerShowsFullNamesTheFormulaAndTheShape() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "agelu")
        let text = e.view(width: 80, height: 24).plainText()
        #expect(text.contains("GELU (tanh approximation)"))
        #expect(text.contains("f(x) = x·Φ(x)"), "the highlighted entry's formula")
        #expect(!text.contains("Step Step") && !text.contains("gelu-tanh "), "one column of names")
        let picker = try #require({ if case .picker(let p) = e.overlay { p } else { nil } }())
        #expect(picker.matches == [.gelu, .geluTanh])
        // The shape: braille dots inside the window.
        let screen = e.view(width: 80, height: 24)
        let dots = screen.cells.filter { $0.character.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false }
        #expect(dots.count >= 8)
    }

    @Test func anEmptyFilterSaysNoMatchAndEnterSaysWhy() throws {
        var e = try Explorer(options: ExplorerOptions())
        _ = try press(&e, "azzz")
        #expect(e.view(width: 80, height: 24).plainText().contains("no match"))
        #expect(try press(&e, "<Enter>").isEmpty)
        #expect(e.notice?.text == "no activation matches 'zzz' — Backspace to edit")
        if case .picker = e.overlay {} else { Issue.record("the picker stays open") }
    }
}
