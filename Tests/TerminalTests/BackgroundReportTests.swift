import TermPlot
@testable import Terminal
import Testing

/// The terminal's answer to "what is your background?", read without a terminal.
@Suite struct BackgroundReportTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    @Test func oscAnswersInEveryWidthAndTerminator() {
        #expect(BackgroundReport.color(inReply: bytes("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\"))
                == RGBColor(red: 255, green: 255, blue: 255))
        #expect(BackgroundReport.color(inReply: bytes("\u{1B}]11;rgb:c0c0/c0c0/c0c0\u{1B}\\\u{1B}[?1;2c"))
                == RGBColor(red: 0xc0, green: 0xc0, blue: 0xc0))
        #expect(BackgroundReport.color(inReply: bytes("\u{1B}]11;rgb:1c/1c/1c\u{07}")) == RGBColor(red: 0x1c, green: 0x1c, blue: 0x1c))
        #expect(BackgroundReport.color(inReply: bytes("\u{1B}]11;rgb:f/0/8\u{07}")) == RGBColor(red: 255, green: 0, blue: 136))
    }

    @Test func noAnswerOrABrokenOneIsNoColour() {
        for reply in ["", "\u{1B}[?1;2c", "\u{1B}]11;rgb:ffff/ffff\u{07}", "\u{1B}]11;rgb:fffff/0/0\u{07}",
                      "\u{1B}]11;rgb:zz/00/00\u{07}", "\u{1B}]11;rgb:ffff/ffff/ffff", "\u{1B}]11;?\u{07}"] {
            #expect(BackgroundReport.color(inReply: bytes(reply)) == nil, "\(reply.debugDescription)")
        }
        #expect(BackgroundReport.answersDeviceAttributes(bytes("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;22c")))
        #expect(!BackgroundReport.answersDeviceAttributes(bytes("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;22")))
    }

    @Test func colorFGBGNamesTheBackgroundLast() {
        #expect(BackgroundReport.color(inColorFGBG: "15;0") == RGBColor(red: 0, green: 0, blue: 0))
        #expect(Theme.matching(background: BackgroundReport.color(inColorFGBG: "0;15")) == .light)
        #expect(Theme.matching(background: BackgroundReport.color(inColorFGBG: "0;default;7")) == .light)
        #expect(BackgroundReport.color(inColorFGBG: "default") == nil)
        #expect(BackgroundReport.color(inColorFGBG: "0;99") == nil)
    }
}
