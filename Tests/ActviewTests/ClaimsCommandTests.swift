import Foundation
import Testing

/// `actview claims` through the binary: the blocks, both languages, JSON,
/// one-line errors, and Ctrl-C.
@Suite struct ClaimsCommandTests {
    @Test func aClaimPrintsItsBlock() throws {
        let r = try BinaryRunner.run(["claims", "swish-minimum", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("swish-minimum · ") == true)
        #expect(lines.contains { $0.hasPrefix("  source    lecture: ") })
        #expect(lines.contains { $0.hasPrefix("  measured  ") && $0.contains("-1.27846") })
        #expect(lines.contains { $0.hasPrefix("  verdict   holds: ") })
        #expect(lines.last?.hasPrefix("# 1 claim in ") == true)
    }

    @Test func koreanLines() throws {
        let r = try BinaryRunner.run(["claims", "swish-minimum", "--lang", "ko"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  판정  성립함: "))
        #expect(r.stdout.contains("# 주장 1개, "))
    }

    @Test func json() throws {
        let r = try BinaryRunner.run(["claims", "swish-minimum", "zigzag", "--format", "json", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let claims = try #require(object["claims"] as? [[String: Any]])
        #expect(claims.map { $0["name"] as? String } == ["swish-minimum", "zigzag"])
        #expect(claims.allSatisfy { ["holds", "does-not-hold-here", "depends"].contains($0["verdict"] as? String ?? "") })
        let figures = try #require(claims[0]["figures"] as? [String: Double])
        #expect(abs((figures["minimum_x"] ?? 0) + 1.27846) < 1e-4)
    }

    @Test(arguments: [["nope"], ["zigzag", "zigzag"], ["--format", "xml"], ["--lang", "fr"]])
    func badArgumentsAreOneLineErrors(arguments: [String]) throws {
        let r = try BinaryRunner.run(["claims"] + arguments)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }

    /// Ctrl-C in the middle of the race: the finished claim stays printed.
    @Test func controlCKeepsTheFinishedClaims() throws {
        let r = try BinaryRunner.runInterrupted(["claims", "swish-minimum", "relu-vs-tanh", "--lang", "en"],
                                                afterOutput: "swish-minimum · ", delay: 0.5)
        #expect(r.status == 130, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("swish-minimum · "))
        #expect(!r.stdout.contains("relu-vs-tanh · "))
        #expect(r.stderr == "actview: interrupted: 1 of 2 claims finished\n")
    }
}
