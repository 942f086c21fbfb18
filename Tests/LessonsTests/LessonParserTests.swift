import Explorer
import Foundation
@testable import Lessons
import NeuralNet
import Testing

/// Lesson files: a good one read into typed steps, a bad one refused with
/// one line naming the file, the line and the key.
@Suite struct LessonParserTests {
    static let good = """
        title:
          en: Two steps
          ko: 두 단계
        steps:
          - name: tanh on xor
            activation: tanh
            hidden: 8,8
            dataset: xor
            lr: 0.05
            optimizer: sgd
            seed: 7
            speed: 30
            train: 200
            keys: "M<Space>"
            caption:
              en: "tanh after {step} steps"
              ko: "tanh {step} 스텝 뒤"
          - name: {en: the race, ko: 경주}
            preset: race
            paused: true
            claim: relu-vs-tanh
            caption:
              en: "{claim}: {verdict}"
              ko: "{claim}: {verdict}"
        """

    @Test func aGoodFileBecomesTypedSteps() throws {
        let lesson = try LessonFile.parse(Self.good, file: "good.yaml")
        #expect(lesson.title == LessonText(english: "Two steps", korean: "두 단계"))
        #expect(lesson.steps.count == 2)
        let first = lesson.steps[0]
        #expect(first.name == "tanh on xor")
        let c = first.scene.configuration
        #expect(c.hiddenSizes == [8, 8] && c.activations.map(\.kind) == [.tanh, .tanh])
        #expect(c.dataset == (try ConfigurationParser.dataset("xor")))
        #expect(c.learningRate.value == 0.05 && c.optimizer == .sgd && c.seed == 7)
        #expect(first.scene.view.stepsPerSecond == 30 && !first.scene.view.startsPaused)
        #expect(first.trainSteps == 200)
        #expect(first.keys == [.character("M"), .character(" ")])
        #expect(first.claim == nil)

        let second = lesson.steps[1]
        #expect(second.scene.preset == .race && second.scene.runsRace)
        #expect(second.scene.configuration == {
            var c = TrainingPreset.race.configuration
            c.seed = TrainingConfiguration.explorerSeed
            return c
        }())
        #expect(second.scene.view.startsPaused && second.trainSteps == nil)
        #expect(second.claim == "relu-vs-tanh")
        #expect(second.name == "the race" && second.displayName.korean == "경주")
        #expect(first.displayName == LessonText(english: "tanh on xor", korean: "tanh on xor"))
    }

    /// Each bad file replaces one line of the good one.
    @Test(arguments: [
        ("    preset: race", "    preset: racee",
         "steps[2].preset: unknown preset 'racee'; did you mean: race?"),
        ("    preset: race", "    presett: race",
         "steps[2].presett: unknown key 'presett'; did you mean: preset?"),
        ("    train: 200", "    train: lots",
         "steps[1].train: expected a whole number from 1 to 100000, got 'lots'"),
        ("    activation: tanh", "    activation: tanhh",
         "steps[1].activation: unknown activation 'tanhh'"),
        ("    hidden: 8,8", "    hidden: 8,x",
         "steps[1].hidden: --hidden expects numbers like 64,64 (or 0 for none), got '8,x'"),
        ("    claim: relu-vs-tanh", "    claim: relu-vs-tahn",
         "steps[2].claim: unknown claim 'relu-vs-tahn'; did you mean: relu-vs-tanh"),
        ("      en: \"tanh after {step} steps\"", "      en: \"tanh after {steps} steps\"",
         "steps[1].caption.en: unknown placeholder '{steps}'; did you mean: {step}"),
        ("      en: \"tanh after {step} steps\"", "      en: \"tanh is {verdict}\"",
         "steps[1].caption.en: {verdict} needs the step's claim: (which claim is measured)"),
        ("      ko: \"tanh {step} 스텝 뒤\"", "      kr: \"tanh\"",
         "steps[1].caption.kr: unknown key 'kr'; did you mean: ko, en?"),
        ("    paused: true", "    paused: maybe",
         "steps[2].paused: expected true or false, got 'maybe'"),
        ("    speed: 30", "    speed: fast",
         "steps[1].speed: expected steps per second (e.g. 30) or max, got 'fast'"),
        // A scene the explorer refuses, named by its step.
        ("    hidden: 8,8", "    hidden: 0",
         "@  - name: tanh on xor|steps[1]: the explorer shows hidden layers and this net has none"),
        // Yams names the first of the two.
        ("    seed: 7", "    lr: 0.1",
         "@    lr: 0.05|lr: given twice in one mapping"),
        ("    keys: \"M<Space>\"", "    keys: \"Mq\"",
         "steps[1].keys: q and <Esc> would quit the lesson as the step opens"),
        ("    keys: \"M<Space>\"", "    keys: \"M<Spaec>\"",
         "steps[1].keys: "),
        // The scanner notices the open bracket on the next line.
        ("  - name: {en: the race, ko: 경주}", "  - name: [the race",
         "@    preset: race|not valid YAML: did not find expected ',' or ']'"),
        ("  - name: {en: the race, ko: 경주}", "  - name: {en: the race}",
         "steps[2].name: needs ko: (the Korean text)"),
    ])
    func aBadFileIsOneLineNamingTheLineAndTheKey(good: String, bad: String, expected: String) throws {
        let text = Self.good.replacingOccurrences(of: good, with: bad)
        #expect(text != Self.good)
        // The line of the replaced text, counted from 1.
        let lines = Self.good.split(separator: "\n", omittingEmptySubsequences: false)
        var expected = expected, lineText = good
        if expected.hasPrefix("@"), let bar = expected.firstIndex(of: "|") {
            lineText = String(expected[expected.index(after: expected.startIndex)..<bar])
            expected = String(expected[expected.index(after: bar)...])
        }
        let line = try #require(lines.firstIndex { $0 == lineText }) + 1
        expected = "good.yaml:\(line): " + expected
        let error = #expect(throws: LessonError.self) { try LessonFile.parse(text, file: "good.yaml") }
        let message = error?.description ?? ""
        #expect(message.hasPrefix(expected), "\(message)")
        #expect(!message.contains("\n"))
    }

    @Test func missingPartsAreNamed() throws {
        let cases: [(String, String)] = [
            ("", "empty.yaml: the file is empty"),
            ("title: {en: a, ko: b}\n", "empty.yaml:1: steps: missing"),
            ("steps: []\n", "empty.yaml:1: title: missing"),
            ("title: {en: a, ko: b}\nsteps:\n  - name: x\n", "empty.yaml:3: steps[1].caption: missing"),
            ("title: {en: a}\nsteps: []\n", "empty.yaml:1: title: needs ko:"),
            ("title: {en: a, ko: b}\nsteps: 3\n", "empty.yaml:2: steps: expected a list of steps"),
        ]
        for (text, expected) in cases {
            let error = #expect(throws: LessonError.self) { try LessonFile.parse(text, file: "empty.yaml") }
            #expect(error?.description.hasPrefix(expected) == true, "\(error?.description ?? "")")
        }
    }

    @Test func aSceneFileIsFoundBesideTheLesson() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var saved = Scene(configuration: .explorerDefault)
        saved.configuration.setActivation(LayerActivation(.elu))
        saved.view.halfWidth = 3
        try saved.fileData().write(to: directory.appendingPathComponent("elu.json"))
        let text = "title: {en: a, ko: b}\nsteps:\n  - name: saved\n    scene: elu.json\n    caption: {en: a, ko: b}\n"
        let path = directory.appendingPathComponent("lesson.yaml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let lesson = try LessonFile.read(path: path.path)
        #expect(lesson.steps[0].scene.configuration == saved.configuration)
        #expect(lesson.steps[0].scene.view.halfWidth == 3)
        let missing = text.replacingOccurrences(of: "elu.json", with: "gone.json")
        try missing.write(to: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: LessonError.self) { try LessonFile.read(path: path.path) }
        #expect(error?.description == "lesson.yaml:4: steps[1].scene: cannot read the scene file 'gone.json'")
    }

    /// The lecture, in the lecture's order, every step a scene the explorer
    /// opens and every claim one `actview claims` measures.
    @Test func theBuiltInLectureParsesAndEveryStepOpens() throws {
        let lesson = try LessonLibrary.lesson(named: "lecture")
        #expect(lesson.steps.map(\.name) == [
            "why activations", "sigmoid saturates", "sigmoid zigzags", "the cost of exp", "tanh", "ReLU is fast",
            "ReLU on the spiral", "dead ReLUs", "Leaky ReLU and PReLU", "ELU", "SELU", "swish", "maxout", "the advice",
        ])
        for step in lesson.steps {
            try step.scene.configuration.validate()
            _ = try Explorer(options: ExplorerOptions(scene: step.scene, theme: .dark))
            // No figure is written into a caption (a decimal, a share, a
            // factor): the measured ones are placeholders.
            for caption in [step.caption.english, step.caption.korean] {
                #expect(caption.firstMatch(of: /[0-9]+[.,][0-9]|[0-9] *[%×]/) == nil, "\(step.name): \(caption)")
            }
        }
        let claims = lesson.steps.compactMap(\.claim)
        #expect(Set(claims) == ["no-activation", "saturation", "zigzag", "exp-cost", "relu-vs-tanh", "relu-vs-sigmoid",
                                "dead-relu", "selu", "swish-minimum", "maxout"])
        // The presets the lecture's figures come from.
        #expect(lesson.steps.compactMap(\.scene.preset).contains(.seluDeep))
        #expect(lesson.steps.compactMap(\.scene.preset).contains(.raceSpiral))
    }

    @Test func aClaimMeasuredGivesItsVerdictInBothLanguages() throws {
        // The cheapest claim: a golden-section search, no training.
        let measured = try #require(LessonClaims.measure("swish-minimum"))
        #expect(measured.verdict.english == "holds" && measured.verdict.korean == "성립함")
        #expect(measured.reason.english.contains("three decimals"))
        #expect(LessonClaims.measure("no-such-claim") == nil)
    }
}

/// The README shows the built-in lecture as the complete example file.
@Suite struct LessonReadmeTests {
    @Test func theReadmeShowsTheBuiltInLectureAsItIs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try #require(LessonLibrary.source(of: "lecture"))
        #expect(readme.contains("```yaml\n" + source.trimmingCharacters(in: .newlines) + "\n```"))
    }
}
