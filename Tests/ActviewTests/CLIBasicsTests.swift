import Foundation
import Testing

@Suite struct CLIBasicsTests {
    @Test func versionPrints() throws {
        let r = try BinaryRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func unknownOptionIsOneLineOnStandardError() throws {
        let r = try BinaryRunner.run(["--no-such-option"])
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }
}
