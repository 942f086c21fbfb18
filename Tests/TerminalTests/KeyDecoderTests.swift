import CNCursesW
import TermPlot
import Terminal
import Testing

/// Bursts of `wget_wch` results into keys, with no terminal and no explorer.
@Suite struct KeyDecoderTests {
    @Test func charactersAndControlKeys() {
        let decoded = KeyDecoder.decode([.character(0x6E), .character(0x0D), .character(0x09),
                                         .character(0x7F), .character(0xD55C), .character(0x01)])
        #expect(decoded.keys == [.character("n"), .enter, .tab, .backspace, .character("한"), .unknown])
        #expect(!decoded.resized && !decoded.repaint)
    }

    @Test func aLoneEscIsEscapeAndUnnamedSequencesAreOneUnknownKey() {
        #expect(KeyDecoder.decode([.character(0x1B)]).keys == [.escape])
        // Alt-x, then a plain key.
        #expect(KeyDecoder.decode([.character(0x1B), .character(0x78), .character(0x61)]).keys == [.unknown, .character("a")])
        // Ctrl-Right as CSI 1;5C, which terminfo does not name, then a plain key.
        let csi: [InputCode] = [0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43, 0x62].map { .character($0) }
        #expect(KeyDecoder.decode(csi).keys == [.unknown, .character("b")])
    }

    @Test func keyCodesResizeAndRepaint() {
        let decoded = KeyDecoder.decode([.keyCode(KEY_UP), .keyCode(KEY_BTAB), .keyCode(KEY_NPAGE),
                                         .keyCode(actview_key_f0() + 5), .keyCode(KEY_RESIZE), .character(0x0C)])
        #expect(decoded.keys == [.up, .backTab, .pageDown, .function(5)])
        #expect(decoded.resized)
        #expect(decoded.repaint)
    }
}
