@testable import Explorer
import Testing

@Suite struct KeyNotationTests {
    @Test func literalCharactersAndNamedKeys() throws {
        let keys = try KeyNotation.parse("n<Tab><S-Tab><left><RIGHT><Up><Down><Enter><Esc><Space><F1><F12><lt>q")
        #expect(keys == [
            .character("n"), .tab, .backTab, .left, .right, .up, .down, .enter, .escape, .character(" "),
            .function(1), .function(12), .character("<"), .character("q"),
        ])
    }

    @Test func koreanAndSymbolsAreLiteral() throws {
        #expect(try KeyNotation.parse("가+]") == [.character("가"), .character("+"), .character("]")])
    }

    @Test func unknownNameIsAnError() {
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Tabb>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<F13>") }
    }

    @Test func unclosedBracketIsAnError() {
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("a<Tab") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<") }
    }

    @Test func scriptsTrainWhereTheySay() throws {
        let script = try KeyNotation.parseScript("1<steps:20>2<steps:0>")
        #expect(script == [.key(.character("1")), .train(steps: 20), .key(.character("2")), .train(steps: 0)])
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parseScript("<steps:-1>") }
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parseScript("<steps:x>") }
        // Plain key parsing does not accept training steps.
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<steps:5>") }
    }
}
