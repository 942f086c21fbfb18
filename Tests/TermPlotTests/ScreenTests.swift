import Testing
@testable import TermPlot

@Suite struct ScreenTests {
    @Test func hangulTakesTwoCells() {
        var screen = Screen(width: 8, height: 1)
        let end = screen.put("한국어", x: 0, y: 0)
        #expect(end == 6)
        #expect(screen[0, 0].character == "한")
        #expect(screen[1, 0].isContinuation)
        #expect(screen[2, 0].character == "국")
        #expect(screen[3, 0].isContinuation)
        #expect(screen[4, 0].character == "어")
        #expect(screen[5, 0].isContinuation)
        #expect(!screen[6, 0].isContinuation)
        #expect(screen.text(ofRow: 0) == "한국어  ")
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("한국", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen[0, 0].character == " ")
        #expect(!screen[1, 0].isContinuation)
        #expect(screen.text(ofRow: 0) == " x국")
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("한국", x: 0, y: 0)
        screen.put("y", x: 2, y: 0)
        #expect(screen[2, 0].character == "y")
        #expect(!screen[3, 0].isContinuation)
        #expect(screen[3, 0].character == " ")
        #expect(screen.text(ofRow: 0) == "한y ")
    }

    @Test func wideCharacterStraddlingAnotherBreaksBoth() {
        var screen = Screen(width: 6, height: 1)
        screen.put("한국", x: 0, y: 0)
        screen.put("어", x: 1, y: 0)
        #expect(screen.text(ofRow: 0) == " 어   ")
        #expect(screen[2, 0].isContinuation)
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var screen = Screen(width: 3, height: 1)
        screen.put("a", x: 0, y: 0)
        screen.put("한", x: 2, y: 0)
        #expect(screen[2, 0].character == " ")
        #expect(!screen[2, 0].isContinuation)
        #expect(screen.text(ofRow: 0) == "a  ")
    }

    @Test func stringsAreClippedBeforeAWideCharacterWouldCrossTheEdge() {
        var screen = Screen(width: 5, height: 1)
        let end = screen.put("한국어", x: 0, y: 0)
        #expect(screen.text(ofRow: 0) == "한국 ")
        #expect(end == 4)
        var clipped = Screen(width: 10, height: 1)
        clipped.put("가나다라", x: 1, y: 0, clip: Rect(x: 0, y: 0, width: 6, height: 1))
        #expect(clipped.text(ofRow: 0).trimmingTrailingSpaces() == " 가나")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var screen = Screen(width: 3, height: 2)
        screen.put("abc", x: -2, y: 0)
        screen.put("z", x: 5, y: 5)
        screen.put("q", x: 0, y: -1)
        #expect(screen.text(ofRow: 0) == "c  ")
        #expect(screen.text(ofRow: 1) == "   ")
        #expect(screen.text(ofRow: 7) == "")
    }

    @Test func mixedWidthRowsKeepTheirColumns() {
        var screen = Screen(width: 12, height: 1)
        screen.put("f′ 시그모이드", x: 0, y: 0)
        #expect(CharacterWidth.of("f′ 시그모이드") == 13)
        // 12 columns: "f′ " is 3, then four syllables fit (8), the fifth does not.
        #expect(screen.text(ofRow: 0) == "f′ 시그모이 ")
    }

    @Test func plainTextTrimsTrailingSpaces() {
        var screen = Screen(width: 6, height: 2)
        screen.put("한 a", x: 0, y: 0)
        #expect(screen.plainText() == "한 a\n")
    }

    @Test func rectIntersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(a.intersection(Rect(x: 8, y: 3, width: 10, height: 10)) == Rect(x: 8, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 3, height: 3)).isEmpty)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
