@testable import Explorer
import TermPlot
import Testing

/// The mouse in key scripts.
@Suite struct KeyNotationMouseTests {
    @Test func mouseItemsParse() throws {
        let items = try KeyNotation.parseScript("<click:3,4>n<DClick:0,0><wheelup:9,1><wheeldown:9,1>")
        #expect(items == [
            .mouse(MouseEvent(x: 3, y: 4)), .key(.character("n")),
            .mouse(MouseEvent(x: 0, y: 0)), .mouse(MouseEvent(x: 0, y: 0, kind: .doubleClick)),
            .mouse(MouseEvent(x: 9, y: 1, button: .wheelUp)), .mouse(MouseEvent(x: 9, y: 1, button: .wheelDown)),
        ])
        // Plain key sequences (the tests' notation) know no mouse.
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<click:3,4>") }
    }
}
