import TermPlot
@testable import Terminal
import Testing

/// xterm's SGR mouse reports read from raw input, and double-clicks told
/// from two clicks, with no terminal.
@Suite struct MouseDecodingTests {
    func codes(_ text: String) -> [InputCode] { text.unicodeScalars.map { .character($0.value) } }

    @Test func sgrReportsBecomeMouseEvents() {
        let decoded = KeyDecoder.decode(codes("\u{1B}[<0;10;5M\u{1B}[<0;10;5mn\u{1B}[<64;3;4M\u{1B}[<65;3;4M\u{1B}[<2;1;1M\u{1B}[<32;7;7M"))
        #expect(decoded.keys == [.character("n")])
        #expect(decoded.mouse == [
            MouseEvent(x: 9, y: 4, button: .left, kind: .press),
            MouseEvent(x: 9, y: 4, button: .left, kind: .release),
            MouseEvent(x: 2, y: 3, button: .wheelUp, kind: .press),
            MouseEvent(x: 2, y: 3, button: .wheelDown, kind: .press),
            MouseEvent(x: 0, y: 0, button: .right, kind: .press),
            MouseEvent(x: 6, y: 6, button: .left, kind: .drag),
        ])
    }

    @Test func brokenReportsAreDroppedWithoutStrayKeys() {
        // Too few fields, a zero cell, absurd digits, a foreign byte: nothing
        // of them becomes a key (a stray "0" would reopen the scene).
        let decoded = KeyDecoder.decode(codes("\u{1B}[<0;5M\u{1B}[<0;0;0M\u{1B}[<0;99999999999999999999;3M\u{1B}[<0;1x"))
        #expect(decoded.keys.allSatisfy { $0 == .unknown || $0 == .character("x") } )
        #expect(!decoded.keys.contains(.character("0")))
        #expect(decoded.mouse.count <= 1)
        #expect(decoded.mouse.allSatisfy { $0.x >= 0 && $0.y >= 0 })
    }

    @Test func aLateBackgroundAnswerIsSkippedWhole() {
        for end in ["\u{07}", "\u{1B}\\"] {
            let decoded = KeyDecoder.decode(codes("\u{1B}]11;rgb:ffff/ffff/ffff\(end)q"))
            #expect(decoded.keys == [.character("q")], "ended by \(end.debugDescription)")
        }
    }

    @Test func aSecondPressSoonOnTheSameCellIsADoubleClick() {
        var tracker = ClickTracker()
        let press = MouseEvent(x: 5, y: 5)
        #expect(tracker.classify(press, at: 10).kind == .press)
        #expect(tracker.classify(MouseEvent(x: 5, y: 5, kind: .release), at: 10.05).kind == .release)
        #expect(tracker.classify(press, at: 10.2).kind == .doubleClick)
        // A third press starts over.
        #expect(tracker.classify(press, at: 10.3).kind == .press)
        // Too late, or elsewhere: two clicks.
        #expect(tracker.classify(press, at: 11).kind == .press)
        #expect(tracker.classify(MouseEvent(x: 5, y: 6), at: 11.1).kind == .press)
        #expect(tracker.classify(MouseEvent(x: 40, y: 6), at: 11.2).kind == .press)
        // The wheel never doubles.
        #expect(tracker.classify(MouseEvent(x: 40, y: 6, button: .wheelUp), at: 11.25).kind == .press)
    }
}
