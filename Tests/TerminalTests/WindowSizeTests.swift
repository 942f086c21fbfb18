@testable import Terminal
import Testing

/// LINES and COLUMNS stand in only where the kernel knows no window size,
/// and never claim more than the explorer can draw.
@Suite struct WindowSizeTests {
    @Test func theKernelsSizeMakesTheEnvironmentIrrelevant() throws {
        try WindowSize.checkEnvironment(kernelSize: (80, 24), environment: ["COLUMNS": "10000", "LINES": "10000"])
    }

    @Test func withoutAKernelSizeAbsurdValuesAreRefused() {
        for (name, value) in [("COLUMNS", "10000"), ("LINES", "1001"), ("COLUMNS", "99999999999999999999"), ("LINES", "many")] {
            #expect(throws: TerminalError.absurdSize(variable: name, value: value)) {
                try WindowSize.checkEnvironment(kernelSize: nil, environment: [name: value])
            }
        }
    }

    @Test func withoutAKernelSizeSaneValuesPass() throws {
        try WindowSize.checkEnvironment(kernelSize: nil, environment: ["COLUMNS": "1000", "LINES": " 24 "])
        try WindowSize.checkEnvironment(kernelSize: nil, environment: [:])
    }
}
