import ArgumentParser
import Explorer
import ExplorerRuntime
import FileOutput
import Foundation
import Lessons
import TermPlot
import Terminal

/// `actview lesson [NAME|FILE]`: the explorer in lesson mode, or with
/// `--snapshot DIR` every step rendered to SVG (and PNG) for slides.
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Teach a lesson: the explorer walks its steps (→/PgDn next, ←/PgUp back).",
        discussion: """
            NAME is a built-in lesson (\(LessonLibrary.names.joined(separator: ", "))); FILE is a lesson file in \
            YAML (see the README's "Lessons"). Every explorer key works inside a step.
            """)

    @Argument(help: ArgumentHelp("A built-in lesson or a lesson file.", valueName: "NAME|FILE"))
    var lesson: String = "lecture"

    @OptionGroup var appearance: AppearanceOptions

    @OptionGroup var language: LanguageOption

    @OptionGroup var memory: MemoryOption

    @Option(help: ArgumentHelp("Render every step to DIR as SVG (and PNG where rsvg-convert exists), and exit.",
                               valueName: "DIR"))
    var snapshot: String?

    @Option(help: "With --snapshot: the screen size in cells, WIDTHxHEIGHT.")
    var size: String = "120x36"

    @Option(parsing: .unconditional, help: "With --snapshot: training steps for a step that runs without a train: count.")
    var steps: Int = 300

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.")
    var noMouse = false

    func run() throws {
        var lesson: Lesson
        do {
            lesson = try LessonLibrary.lesson(named: self.lesson)
        } catch {
            throw CLIError(error.description)
        }
        let chosen = language.resolved
        // Live, the theme follows the terminal's background unless one is named.
        let themeArgument = appearance.theme ?? (snapshot == nil ? .auto : .theme(.dark))
        let theme = themeArgument.fixedTheme
        for index in lesson.steps.indices {
            lesson.steps[index].scene.view.language = chosen
            lesson.steps[index].scene.view.themeName = themeArgument.sceneName
        }
        var options = SceneOptions.explorerOptions(for: lesson.steps[0].scene, appearance: appearance,
                                                   showsTiming: snapshot == nil)
        options.language = chosen
        if let snapshot {
            try render(lesson, options: options, theme: theme, into: snapshot)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        do {
            try ExplorerShell.run(options: options, lesson: lesson, measureClaim: LessonClaims.measure,
                                  budget: memory.budget, locale: LanguageOption.localeName,
                                  exitAfterFirstFrame: environment["ACTVIEW_EXIT_AFTER_FIRST_FRAME"] == "1",
                                  openTerminal: { color in
                                      try CursesTerminal(color: color, mouse: !noMouse,
                                                         asksBackground: options.followsTerminalBackground)
                                  })
        } catch let error as ExplorerShell.Interrupted {
            throw ExitCode(error.status)
        }
    }

    /// Each step as the headless driver leaves it after the step's entry:
    /// its keys, its `train:` steps (or `--steps` when it runs), its claim
    /// measured.
    private func render(_ lesson: Lesson, options: ExplorerOptions, theme: Theme, into path: String) throws {
        let (width, height) = try SnapshotCommand.parseSize(size)
        guard steps >= 0, steps <= 1_000_000 else {
            throw CLIError("--steps must be between 0 and 1000000 (got \(steps))")
        }
        var options = options
        if let notice = options.fallBackToEnglish(because: appearance.ascii ? .asciiOnly : nil) {
            writeStandardError("actview: \(notice)\n")
        }
        let directory = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIError("--snapshot: cannot create the directory '\(path)': \((error as NSError).localizedDescription)")
        }
        let converter = Self.executable(named: "rsvg-convert")
        if converter == nil { print("rsvg-convert not found: writing SVG only, no PNG") }
        var driver = try HeadlessDriver(explorer: Explorer(lesson: lesson, options: options),
                                        budget: memory.budget, measureClaim: LessonClaims.measure)
        for (index, step) in lesson.steps.enumerated() {
            if index > 0 { try driver.press([.right]) }
            try driver.train(steps: step.trainSteps ?? steps)
            let stem = String(format: "step-%02d-", index + 1) + Self.slug(step.name)
            let svg = driver.render(width: width, height: height).svg(theme: theme)
            let svgURL = directory.appendingPathComponent(stem + ".svg")
            try AtomicFile.write(Data(svg.utf8), to: svgURL)
            // Named as the user named the directory.
            let shown = (path as NSString).appendingPathComponent(stem)
            var written = [shown + ".svg"]
            if let converter {
                let png = try Self.convert(svg, with: converter)
                let pngURL = directory.appendingPathComponent(stem + ".png")
                try AtomicFile.write(png, to: pngURL)
                written.append(shown + ".png")
            }
            print("\(index + 1)/\(lesson.steps.count) \(written.joined(separator: " "))")
        }
    }

    /// `sigmoid saturates` → `sigmoid-saturates`.
    static func slug(_ name: String) -> String {
        let words = name.lowercased().split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        return words.isEmpty ? "step" : words.joined(separator: "-")
    }

    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The PNG `rsvg-convert` makes of `svg`, read from its output.
    static func convert(_ svg: String, with converter: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: converter)
        process.arguments = ["--format", "png"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIError("cannot run \(converter): \((error as NSError).localizedDescription)")
        }
        // Written from another thread: a large PNG fills the pipe before the SVG is all in.
        let bytes = Data(svg.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(bytes)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, !png.isEmpty else {
            throw CLIError("\(converter) could not convert the SVG (status \(process.terminationStatus))")
        }
        return png
    }
}
