import Foundation
import Testing

/// `actview export --same-start` against the real framework: runs
/// `Scripts/check-export.sh`, which trains the spiral and digits cases
/// (SGD, momentum, Adam) and the lecture's net with actview and with the
/// exported PyTorch script (and the Keras one when Keras is installed) and
/// requires the per-epoch training losses to agree within 1e-3 relative.
/// It needs a Python that imports torch: `$ACTVIEW_EXPORT_VENV` or
/// `.build/check-export-venv` (`Scripts/check-export.sh --install-only`
/// creates it; `.ci/run` does), else `python3`. Without one it is skipped,
/// saying so.
@Suite struct ExportCheckTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The first candidate Python that imports torch.
    static let python: String? = {
        var candidates: [String] = []
        if let venv = ProcessInfo.processInfo.environment["ACTVIEW_EXPORT_VENV"], !venv.isEmpty {
            candidates.append(venv + "/bin/python")
        }
        candidates.append(root.appendingPathComponent(".build/check-export-venv/bin/python").path)
        candidates.append("/usr/bin/env python3")
        return candidates.first { candidate in
            let words = candidate.split(separator: " ").map(String.init)
            guard words.count > 1 || FileManager.default.isExecutableFile(atPath: candidate) else { return false }
            return (try? run(words + ["-c", "import torch"], timeout: 120))?.status == 0
        }
    }()

    static let skipReason: Comment = """
        no Python here imports torch (looked at $ACTVIEW_EXPORT_VENV, .build/check-export-venv and \
        python3); `Scripts/check-export.sh --install-only` creates the venv with torch==2.13.0
        """

    @Test(.enabled(if: python != nil, skipReason), .timeLimit(.minutes(15)))
    func exportedScriptsReproduceActviewsLosses() throws {
        let words = Self.python!.split(separator: " ").map(String.init)
        let python = words.count > 1 ? try Self.run(words + ["-c", "import sys; print(sys.executable)"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines) : words[0]
        let result = try Self.run(["/bin/bash", Self.root.appendingPathComponent("Scripts/check-export.sh").path,
                                   "--python", python, "--binary", BinaryRunner.executable.path], timeout: 840)
        print(result.stdout)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        let agreeing = result.stdout.split(separator: "\n").filter { $0.hasPrefix("pytorch ") && $0.hasSuffix("  ok") }
        // Eight cases: the spiral and digits with three optimisers, and the lecture's net twice.
        #expect(agreeing.count == 8, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 failed"))
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a command with its output in files (so a chatty child never
    /// blocks), killed after `timeout` seconds.
    static func run(_ arguments: [String], timeout: Double = 60) throws -> Output {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("actview-export-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out"), err = directory.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0] == "/usr/bin/env" ? "/usr/bin/env" : arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        var timedOut = false
        if process.isRunning { process.terminate(); timedOut = true }
        process.waitUntilExit()
        return Output(status: timedOut ? 124 : process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
