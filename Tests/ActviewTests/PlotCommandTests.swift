import Foundation
import Testing

@Suite struct PlotCommandTests {
    @Test func plotsSigmoidAsText() throws {
        let r = try BinaryRunner.run(["plot", "sigmoid", "--size", "60x20", "--format", "text"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("Sigmoid"))
        #expect(r.stdout.contains("f′(x)"))
        #expect(r.stdout.contains("saturated"))
        #expect(!r.stdout.contains("\u{1B}"))
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test func reluShowsItsDeadZone() throws {
        let r = try BinaryRunner.run(["plot", "relu", "--size", "80x24"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("dead"))
        #expect(r.stdout.contains("ReLU"))
    }

    @Test func asciiOutputIsPureASCII() throws {
        let r = try BinaryRunner.run(["plot", "swish", "--ascii", "--size", "70x20"])
        #expect(r.status == 0)
        #expect(!r.stdout.isEmpty)
        #expect(r.stdout.utf8.allSatisfy { $0 < 0x80 })
        #expect(r.stdout.contains("f'(x)"))
    }

    @Test func ansiColourFollowsTheColourOption() throws {
        // Colour depth follows terminfo: 256 colours, or an 8-colour
        // terminal's own codes; `always` without a known terminal gets 256.
        let always = try BinaryRunner.run(["plot", "tanh", "--size", "60x16", "--format", "ansi", "--color", "always"],
                                          environment: ["TERM": "xterm-256color"])
        #expect(always.status == 0)
        #expect(always.stdout.contains("\u{1B}[") && always.stdout.contains("38;5;"))
        let eight = try BinaryRunner.run(["plot", "tanh", "--size", "60x16", "--format", "ansi", "--color", "always"],
                                         environment: ["TERM": "xterm"])
        #expect(eight.stdout.contains("\u{1B}[3") && !eight.stdout.contains("38;5;"))
        let dumb = try BinaryRunner.run(["plot", "tanh", "--size", "60x16", "--format", "ansi", "--color", "always"],
                                        environment: ["TERM": "dumb"])
        #expect(dumb.stdout.contains("38;5;"))
        let never = try BinaryRunner.run(["plot", "tanh", "--size", "60x16", "--format", "ansi", "--color", "never"])
        #expect(never.status == 0)
        #expect(!never.stdout.contains("\u{1B}"))
        // stdout is a pipe here: auto means no colour.
        let auto = try BinaryRunner.run(["plot", "tanh", "--size", "60x16", "--format", "ansi"])
        #expect(!auto.stdout.contains("\u{1B}"))
    }

    @Test func svgOutput() throws {
        let r = try BinaryRunner.run(["plot", "sigmoid", "--format", "svg", "--size", "60x20"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("<svg") || r.stdout.hasPrefix("<?xml"))
        #expect(r.stdout.contains("</svg>"))
        #expect(r.stdout.contains("<circle"))
    }

    @Test func optionsShapeThePlot() throws {
        let f = try BinaryRunner.run(["plot", "elu", "--param", "alpha=0.5", "--no-derivative", "--range=-3:2", "--size", "70x18"])
        #expect(f.status == 0)
        #expect(f.stdout.contains("alpha=0.5"))
        #expect(!f.stdout.contains("f′(x)"))
        // The x axis is labelled from -3 to 2.
        #expect(f.stdout.contains("-3") && f.stdout.contains("2"))
        #expect(!f.stdout.contains("-6"))
        let unconditional = try BinaryRunner.run(["plot", "elu", "--range", "-3:2", "--size", "70x18"])
        #expect(unconditional.status == 0)
    }

    @Test func defaultSizeWithoutATerminalIs80x24() throws {
        let r = try BinaryRunner.run(["plot", "relu"], environment: ["COLUMNS": "120", "LINES": "50"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        // Piped, the default (ANSI with automatic colour) is plain text.
        #expect(!r.stdout.contains("\u{1B}"))
        let forced = try BinaryRunner.run(["plot", "relu", "--color", "always"])
        #expect(forced.stdout.contains("\u{1B}["))
        let noColor = try BinaryRunner.run(["plot", "relu", "--color", "always", "--format", "text"])
        #expect(!noColor.stdout.contains("\u{1B}"))
    }

    static let badInputs: [[String]] = [
        ["plot", "sigmoidd"],
        ["plot", "no-such-function"],
        ["plot", "sigmoid", "--range", "6:-6"],
        ["plot", "sigmoid", "--range", "1:1"],
        ["plot", "sigmoid", "--range", "nan:1"],
        ["plot", "sigmoid", "--range", "-inf:1"],
        ["plot", "sigmoid", "--range", "a:b"],
        ["plot", "sigmoid", "--range=-1e308:1e308"],
        ["plot", "sigmoid", "--range", ":"],
        ["plot", "sigmoid", "--range", "-6"],
        ["plot", "sigmoid", "--range", "-6:6:7"],
        ["plot", "sigmoid", "--size", "10x5"],
        ["plot", "sigmoid", "--size", "19x24"],
        ["plot", "sigmoid", "--size", "80x7"],
        ["plot", "sigmoid", "--size", "80"],
        ["plot", "sigmoid", "--size", "axb"],
        ["plot", "sigmoid", "--size", "-80x24"],
        ["plot", "elu", "--param", "alpha"],
        ["plot", "elu", "--param", "alpha=abc"],
        ["plot", "elu", "--param", "zzz=1"],
        ["plot", "elu", "--param", "alpha=99"],
        ["plot", "sigmoid", "--format", "pdf"],
        ["plot", "sigmoid", "--color", "sometimes"],
        ["plot", "sigmoid", "--theme", "sepia"],
        ["plot"],
    ]

    @Test(arguments: badInputs)
    func badInputIsOneLineOnStandardError(arguments: [String]) throws {
        let r = try BinaryRunner.run(arguments)
        #expect(r.status != 0)
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(arguments): \(r.stderr)")
        #expect(lines.first?.hasPrefix("actview: ") == true)
    }

    @Test func unknownNameSuggestsTheClosest() throws {
        let r = try BinaryRunner.run(["plot", "sigmoidd"])
        #expect(r.stderr.contains("sigmoid"))
        #expect(r.stderr.contains("sigmoidd"))
    }
}

@Suite struct PlotMinimumTests {
    @Test func swishsMinimumIsMarkedWithItsValue() throws {
        let r = try BinaryRunner.run(["plot", "swish", "--size", "80x20", "--format", "text"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("min -0.278 at x = -1.278"), "\(r.stdout)")
        #expect(r.stdout.contains("◆"))
        let relu = try BinaryRunner.run(["plot", "relu", "--size", "80x20", "--format", "text"])
        #expect(!relu.stdout.contains("min "), "ReLU has no minimum below zero")
    }
}
