@testable import Export
import Testing

@Suite struct PythonLiteralTests {
    @Test func floatsRoundTrip() {
        #expect(PythonLiteral.float(0.003) == "0.003")
        #expect(PythonLiteral.float(2) == "2.0")
        #expect(PythonLiteral.float(1e-6) == "1e-06")
    }

    @Test func stringsEscapeQuotesAndControls() {
        #expect(PythonLiteral.string("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\x01\"")
    }
}
