import Activations
import ExplorerRuntime
@testable import Explorer
import NeuralNet
import TermPlot
import Testing

/// Lesson mode: → / PageDown and ← / PageUp walk the steps, each opening
/// its scene with its keys, training and claim; the band shows "2/3" and
/// the caption, wrapped at words.
@Suite struct LessonModeTests {
    static func scene(_ kind: ActivationKind, paused: Bool = false) -> Scene {
        var c = StagingTests.tiny.configuration!
        c.setActivation(LayerActivation(kind))
        c.epochs = 50
        var scene = Scene(configuration: c)
        scene.view.startsPaused = paused
        scene.view.stepsPerSecond = nil
        return scene
    }

    static let long = LessonText(
        english: "A caption long enough to wrap over several lines at eighty columns, so that the band shows how it breaks at words and never in the middle of one: after {step} steps the test accuracy is {test_accuracy}, and the claim says {verdict}.",
        korean: "여러 줄로 넘어갈 만큼 긴 설명: {step} 스텝 뒤 테스트 정확도 {test_accuracy}, 주장은 {verdict}.")

    static var lesson: Lesson {
        Lesson(title: LessonText(english: "Test lesson", korean: "시험 수업"), steps: [
            LessonStep(name: "relu", scene: scene(.relu), trainSteps: 7, caption: long, claim: "swish-minimum"),
            LessonStep(name: "tanh", scene: scene(.tanh, paused: true), keys: [.character("]")],
                       caption: LessonText(english: "tanh, paused", korean: "tanh, 정지")),
            LessonStep(name: "sigmoid", scene: scene(.sigmoid),
                       caption: LessonText(english: "sigmoid runs", korean: "시그모이드")),
        ])
    }

    static let measured = LessonMeasurement(
        claim: LessonText(english: "c", korean: "c"), measured: LessonText(english: "m", korean: "m"),
        verdict: LessonText(english: "holds", korean: "성립함"), reason: LessonText(english: "r", korean: "r"))

    static func driver() throws -> HeadlessDriver {
        var options = ExplorerOptions(showsTiming: false)
        options.language = .english
        return try HeadlessDriver(explorer: Explorer(lesson: lesson, options: options), computePath: .reference,
                                  measureClaim: { name in name == "swish-minimum" ? measured : nil })
    }

    @Test func theFirstStepTrainsItsStepsThenPausesAndShowsItsMeasuredClaim() throws {
        var d = try Self.driver()
        #expect(d.explorer.lessonPosition! == (0, 3))
        try d.train(steps: 1000)
        #expect(d.explorer.snapshot?.step == 7)
        #expect(d.explorer.isPaused)
        let caption = try #require(d.explorer.lessonCaption)
        #expect(caption.contains("after 7 steps") && caption.contains("the claim says holds."))
        #expect(!caption.contains("{"))
    }

    @Test func untilItsClaimIsMeasuredTheCaptionSaysWhatIsBeingMeasured() throws {
        var options = ExplorerOptions(showsTiming: false)
        options.language = .english
        var d = try HeadlessDriver(explorer: Explorer(lesson: Self.lesson, options: options), computePath: .reference)
        let pending = try #require(d.explorer.lessonCaption)
        #expect(pending.hasSuffix("the claim says …. (measuring swish-minimum)"))
        try d.send(.claimMeasured("swish-minimum", Self.measured))
        let measured = try #require(d.explorer.lessonCaption)
        #expect(measured.hasSuffix("the claim says holds."))
    }

    @Test func rightAndLeftWalkTheStepsAndEveryOtherKeyStillWorks() throws {
        var d = try Self.driver()
        try d.train(steps: 10)
        try d.press([.right])
        #expect(d.explorer.lessonPosition! == (1, 3))
        #expect(d.explorer.activation == .tanh)
        #expect(d.explorer.isPaused && d.explorer.snapshot?.step == 0)
        // The step's key ran on entry: the x range is twice the default.
        #expect(d.explorer.halfWidth == 12)
        try d.train(steps: 5)
        #expect(d.explorer.snapshot?.step == 0)
        // Explorer keys work inside a step: Space runs, n switches.
        try d.press([.character(" ")])
        try d.train(steps: 5)
        #expect(d.explorer.snapshot?.step == 5)
        try d.press([.pageDown])
        #expect(d.explorer.lessonPosition! == (2, 3) && d.explorer.activation == .sigmoid && !d.explorer.isPaused)
        try d.press([.right])
        #expect(d.explorer.lessonPosition! == (2, 3))
        #expect(d.explorer.notice?.text == "this is the last step (q quits)")
        try d.press([.pageUp, .left])
        #expect(d.explorer.lessonPosition! == (0, 3) && d.explorer.activation == .relu)
        try d.press([.left])
        #expect(d.explorer.notice?.text == "this is the first step")
        // 0 goes back to the step's own opening scene, not the lesson's first.
        try d.press([.right, .character("n"), .character("0")])
        #expect(d.explorer.lessonPosition! == (1, 3) && d.explorer.activation == .tanh)
        // Outside a lesson the arrows still move the cursor.
        var plain = try HeadlessDriver(options: ExplorerOptions(showsTiming: false), computePath: .reference)
        let x = plain.explorer.cursorX
        try plain.press([.right])
        #expect(plain.explorer.cursorX > x)
    }

    @Test func theBandIsSafeAtAnySize() throws {
        var d = try Self.driver()
        try d.train(steps: 3)
        for (width, height) in [(0, 0), (1, 1), (2, 2), (12, 3), (40, 13), (39, 30), (200, 60)] {
            let screen = d.render(width: width, height: height)
            #expect(screen.width == width && screen.height == height)
            let text = (0..<height).map { screen.text(ofRow: $0) }.joined(separator: "\n")
            if width >= 14, height >= 2 { #expect(text.contains("lesson 1/3"), "\(width)×\(height)") }
        }
    }

    @Test(arguments: [(80, 24), (120, 36), (60, 16)])
    func theBandShowsTheProgressAndTheCaptionWrappedAtWords(width: Int, height: Int) throws {
        var d = try Self.driver()
        try d.train(steps: 10)
        let screen = d.render(width: width, height: height)
        let rows = (0..<height).map { screen.text(ofRow: $0) }
        let band = try #require(rows.firstIndex { $0.contains("lesson 1/3") })
        let captionRows = rows[(band + 1)...].map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(!captionRows.isEmpty)
        let words = Set(try #require(d.explorer.lessonCaption).split(separator: " ").map(String.init))
        for row in captionRows {
            for word in row.split(separator: " ").map(String.init) {
                let bare = word.hasSuffix("…") ? String(word.dropLast()) : word
                #expect(words.contains(bare) || bare.isEmpty, "'\(word)' is not a whole word of the caption (\(width)×\(height))")
            }
        }
        // The explorer above keeps its own status bar.
        #expect(rows[..<band].contains { $0.contains("q:quit") })
    }
}
