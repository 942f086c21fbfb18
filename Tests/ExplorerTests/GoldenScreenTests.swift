import ExplorerRuntime
import Activations
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Whole screens as plain text, after a fixed number of steps with a fixed
/// seed and fixed activation costs, compared with `Golden/*.txt`. Training
/// runs on the reference kernels (plain loops, the same on every CPU) and
/// one thread, and wall-clock figures are hidden, so the numbers repeat.
@Suite struct GoldenScreenTests {
    static let costs: [ActivationKind: Double] = [.relu: 0.4, .leakyReLU: 0.5, .prelu: 0.6, .sigmoid: 2.8, .tanh: 3.1,
                                                  .elu: 2.5, .selu: 2.6, .swish: 3.0, .gelu: 4.2, .linear: 0.3]

    func screen(_ options: ExplorerOptions, steps: Int, script: String = "", width: Int, height: Int) throws -> String {
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.send(.costs(Self.costs))
        try d.train(steps: steps)
        try d.play(KeyNotation.parseScript(script))
        return d.render(width: width, height: height).plainText()
    }

    static let plain = ExplorerOptions(showsTiming: false)

    @Test func mainScreenAt80x24() throws {
        Golden.check(try screen(Self.plain, steps: 24, width: 80, height: 24), named: "main-80x24.txt")
    }

    @Test func mainScreenAt160x48() throws {
        Golden.check(try screen(Self.plain, steps: 24, width: 160, height: 48), named: "main-160x48.txt")
    }

    @Test func helpOverlay() throws {
        Golden.check(try screen(Self.plain, steps: 0, script: "?", width: 80, height: 24), named: "help-80x24.txt")
        Golden.check(try screen(Self.plain, steps: 0, script: "?", width: 160, height: 48), named: "help-160x48.txt")
    }

    @Test func koreanNotes() throws {
        var options = Self.plain
        options.language = .korean
        Golden.check(try screen(options, steps: 12, width: 160, height: 48), named: "korean-160x48.txt")
        Golden.check(try screen(options, steps: 12, width: 80, height: 24), named: "korean-80x24.txt")
    }

    @Test func asciiMode() throws {
        var options = Self.plain
        options.unicode = false
        options.color = false
        let text = try screen(options, steps: 12, width: 80, height: 24)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        Golden.check(text, named: "ascii-80x24.txt")
    }

    @Test func deadReLUPresetThenLeaky() throws {
        var options = Self.plain
        options.preset = TrainingPreset(rawValue: "dead-relu")!
        Golden.check(try screen(options, steps: 24, script: "2<steps:12>", width: 160, height: 48),
                     named: "dead-relu-160x48.txt")
    }

    @Test func saturationPresetOnDigits() throws {
        var options = Self.plain
        options.preset = TrainingPreset(rawValue: "saturation")!
        Golden.check(try screen(options, steps: 10, width: 160, height: 48), named: "saturation-160x48.txt")
    }

    @Test func lecturePresetAfterTheLecturesStep() throws {
        var options = Self.plain
        options.preset = .lecture
        Golden.check(try screen(options, steps: 2, script: "m<steps:5>", width: 160, height: 48),
                     named: "lecture-160x48.txt")
    }

    @Test func raceFinished() throws {
        var options = Self.plain
        options.preset = .race
        Golden.check(try screen(options, steps: 1500, width: 120, height: 36), named: "race-120x36.txt")
        // At a projector's sizes the training pane keeps the verdict whole,
        // down to its last words (the short form where the paper's figure
        // beside it would not fit).
        var d = try HeadlessDriver(options: options, computePath: .reference)
        try d.train(steps: 1500)
        let verdict = try #require(d.explorer.race?.verdict)
        let finding = Strings.of(.english).raceFinding(verdict)
        let ending = String(finding.split(separator: " ").suffix(3).joined(separator: " "))
        for (w, h) in [(80, 24), (100, 30)] {
            let text = d.render(width: w, height: h).plainText()
            #expect(text.contains(ending), "\(w)×\(h): the verdict ends \"\(ending)\"")
        }
    }

    @Test func swishMinimumAfterJ() throws {
        var options = Self.plain
        options.activation = .swish
        Golden.check(try screen(options, steps: 12, script: "jj", width: 120, height: 36), named: "swish-120x36.txt")
    }

    @Test func activationPicker() throws {
        Golden.check(try screen(Self.plain, steps: 0, script: "ae", width: 80, height: 24), named: "picker-80x24.txt")
    }
}
