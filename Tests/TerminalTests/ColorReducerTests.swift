import TermPlot
import Terminal
import Testing

/// Palette colours on terminals with 8 or 16: greys stay grey, and nothing
/// is reduced into its own background.
@Suite struct ColorReducerTests {
    @Test func greysStayGreyOnEightColours() {
        let eight = ColorReducer(available: 8)
        // The themes' frames, dim text, axes and text: black or white, never yellow (3).
        for grey: UInt8 in [242, 245, 246, 248, 252, 240, 243, 235] {
            #expect([0, 7].contains(eight.reduce(grey)), "grey \(grey) became \(eight.reduce(grey))")
        }
        #expect(eight.reduce(234) == 0)
        #expect(eight.reduce(231) == 7)
        // Colours still go to the nearest colour.
        #expect(eight.reduce(160) == 1)
        #expect(eight.reduce(226) == 3)
        let sixteen = ColorReducer(available: 16)
        for grey: UInt8 in [242, 245, 246, 248] { #expect([0, 7, 8, 15].contains(sixteen.reduce(grey))) }
    }

    @Test func aForegroundReducedIntoItsBackgroundTurnsBlackOrWhite() {
        let eight = ColorReducer(available: 8)
        // Dark theme: the border (242) and the background (234) both reduce to black.
        #expect(eight.legible(eight.reduce(242), on: eight.reduce(234)) == 7)
        // Light theme: dim text (243) and the background (231) both reduce to white.
        #expect(eight.legible(eight.reduce(243), on: eight.reduce(231)) == 0)
        // Different colours, and 256-colour terminals, are left alone.
        #expect(eight.legible(1, on: 0) == 1)
        #expect(ColorReducer(available: 256).legible(234, on: 234) == 234)
    }
}
