@testable import Explorer
import TermPlot
import Testing

/// In a lesson the scene is drawn above the caption's band, and the mouse
/// hits what is drawn: the status bar's hints sit on the row above the band.
@Suite struct LessonMouseTests {
    @Test func aClickOnAHintAboveTheBandRunsIt() throws {
        var options = ExplorerOptions(showsTiming: false)
        options.language = .english
        var e = try Explorer(lesson: LessonModeTests.lesson, options: options)
        let (width, height) = (100, 30)
        _ = e.update(.resize(width: width, height: height))
        let band = e.lessonBandHeight(width: width, height: height)
        #expect(band > 1)
        let screen = e.view(width: width, height: height)
        let statusRow = height - band - 1
        let text = screen.text(ofRow: statusRow)
        let column = try #require(text.range(of: "?:"))
        let x = text.distance(from: text.startIndex, to: column.lowerBound)
        _ = e.update(.mouse(MouseEvent(x: x, y: statusRow, button: .left, kind: .press)))
        #expect(e.overlay == .help)
    }
}
