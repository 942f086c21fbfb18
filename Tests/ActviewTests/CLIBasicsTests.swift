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

    @Test func badSpeedIsOneLineOnStandardError() throws {
        for value in ["0", "-5", "fast", "nan", "inf", " ", "1\n2"] {
            let r = try BinaryRunner.run(["explore", "--speed=\(value)"])
            #expect(r.status != 0)
            #expect(r.stdout.isEmpty)
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1, "--speed '\(value)': \(r.stderr)")
            #expect(lines.first?.hasPrefix("actview: unknown --speed") == true, "--speed '\(value)': \(r.stderr)")
        }
    }
}
