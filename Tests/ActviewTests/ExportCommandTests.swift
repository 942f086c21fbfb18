import Foundation
import Testing

/// `actview export` from the command line: to stdout or a file, from options
/// or a configuration file (with options on top), and one line for each
/// kind of bad input.
@Suite struct ExportCommandTests {
    static func temporary(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("actview-export-\(UUID().uuidString)-\(name)")
    }

    @Test func printsAScriptThatPythonCompiles() throws {
        let r = try BinaryRunner.run(["export", "--to", "pytorch", "--dataset", "xor", "--hidden", "4", "--epochs", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("#!/usr/bin/env python3\n\"\"\"actview's network in PyTorch: xor, 2-4-2 relu"))
        #expect(r.stdout.contains("EPOCHS = 1\n"))
        #expect(!r.stdout.contains("\nSTART = "), "no starting point without --same-start")
        let file = Self.temporary("script.py")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(r.stdout.utf8).write(to: file)
        let compiled = try ExportCheckTests.run(["/usr/bin/env", "python3", "-m", "py_compile", file.path])
        #expect(compiled.status == 0, "\(compiled.stderr)")
    }

    @Test func writesTheFileGivenWithOut() throws {
        let file = Self.temporary("keras.py")
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try BinaryRunner.run(["export", "--to", "keras", "--dataset", "moons", "--activation", "prelu",
                                      "--hidden", "6", "--same-start", "--out", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("actview's network in Keras 3: moons, 2-6-2 prelu"))
        #expect(text.contains("SAME_START = True"))
        #expect(text.contains("START = \"\"\"\n"))
    }

    @Test func readsAConfigurationFileAndOptionsOverrideIt() throws {
        let file = Self.temporary("scene.json")
        defer { try? FileManager.default.removeItem(at: file) }
        let json = """
            {"version": 1, "dataset": "circles", "optimizer": "nesterov", "learningRate": 0.02, "epochs": 9,
             "layers": [{"units": 7, "activation": "leaky-relu", "parameters": {"slope": 0.2}},
                        {"units": 5, "activation": "maxout", "pieces": 3}]}
            """
        try Data(json.utf8).write(to: file)
        let r = try BinaryRunner.run(["export", "--to", "pytorch", "--config", file.path, "--epochs", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        for line in ["EPOCHS = 3\n", "LEARNING_RATE = 0.02\n", "nn.LeakyReLU(negative_slope=0.2)",
                     "Maxout(7, 5, pieces=3, bias=BIAS)", "nesterov=True", "circles: 320 training"] {
            #expect(r.stdout.contains(line), "missing \(line)")
        }
    }

    @Test func badInputIsOneLine() throws {
        let badJSON = Self.temporary("bad.json")
        let badLayer = Self.temporary("layer.json")
        defer {
            try? FileManager.default.removeItem(at: badJSON)
            try? FileManager.default.removeItem(at: badLayer)
        }
        try Data("{ not json".utf8).write(to: badJSON)
        try Data(#"{"version": 1, "dataset": "spiral", "layers": [{"units": 4, "activation": "relux"}]}"#.utf8).write(to: badLayer)
        let cases: [([String], String)] = [
            (["export", "--to", "tensorflow"], "tensorflow"),
            (["export", "--dataset", "xor"], "--to"),
            (["export", "--to", "pytorch", "--config", "/nonexistent/scene.json"], "/nonexistent/scene.json"),
            (["export", "--to", "pytorch", "--config", badJSON.path], badJSON.path + ": not valid JSON"),
            (["export", "--to", "pytorch", "--config", badLayer.path], "relux"),
            (["export", "--to", "pytorch", "--config", badLayer.path, "--preset", "lecture"], "relux"),
            (["export", "--to", "pytorch", "--dataset", "xor", "--out", "/nonexistent/dir/x.py"], "cannot write"),
            (["export", "--to", "keras", "--activation", "relu", "--lr=-1"], "learning rate"),
            (["export", "--to", "pytorch", "--config", "/tmp"], "is a directory"),
            (["export", "--to", "pytorch", "--config", "/dev/zero"], "not a regular file"),
            (["export", "--to", "pytorch", "--dataset", "xor", "--out", "/tmp"], "not a regular file"),
        ]
        for (arguments, expected) in cases {
            let r = try BinaryRunner.run(arguments)
            #expect(r.status == 1, "\(arguments)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].hasPrefix("actview: ") && lines[0].contains(expected),
                    "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
    }

    @Test func presetAndConfigurationTogetherAreRefused() throws {
        let file = Self.temporary("ok.json")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(#"{"version": 1, "dataset": "spiral", "layers": [{"units": 4, "activation": "relu"}]}"#.utf8).write(to: file)
        let r = try BinaryRunner.run(["export", "--to", "pytorch", "--config", file.path, "--preset", "lecture"])
        #expect(r.status == 1)
        #expect(r.stderr == "actview: --preset lecture and a configuration file both say where to start; give one\n")
    }
}
