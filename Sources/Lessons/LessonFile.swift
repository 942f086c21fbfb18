import Activations
import Claims
import Datasets
import Explorer
import Foundation
import NeuralNet
import TermPlot
import Yams

/// A lesson file (YAML) into a `Lesson`, once. Every value goes through the
/// `ConfigurationParser` as the command line's options do; an unknown key,
/// a value of the wrong kind or a bad name is one line naming the file, the
/// line and the key. Steps are counted from 1, as the progress line does.
public enum LessonFile {
    /// Larger files are refused before they are parsed.
    public static let maximumBytes = 1 << 20
    public static let maximumSteps = 500
    /// `train:` is at most this many steps (more is for `actview train`).
    public static let maximumTrainSteps = 100_000

    static let topKeys = ["title", "steps"]
    static let stepKeys = ["name", "caption", "claim", "preset", "scene", "activation", "param", "hidden", "dataset",
                           "lr", "optimizer", "init", "batch", "epochs", "seed", "bias", "standardize", "initial-bias",
                           "speed", "paused", "train", "keys"]

    /// Reads the file at `path`; scenes it names are found beside it.
    public static func read(path: String) throws(LessonError) -> Lesson {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maximumBytes {
            throw LessonError(file: name, line: nil, key: nil, "a lesson file is at most 1 MB (this one is \(size) bytes)")
        }
        guard let data = try? Data(contentsOf: url) else {
            throw LessonError("cannot read the lesson file '\(PrintableText.escaped(path))'")
        }
        guard data.count <= maximumBytes else {
            throw LessonError(file: name, line: nil, key: nil, "a lesson file is at most 1 MB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LessonError(file: name, line: nil, key: nil, "not UTF-8 text")
        }
        return try parse(text, file: name, directory: url.deletingLastPathComponent())
    }

    /// Parses `text`, naming it `file` in errors; `directory` is where a
    /// step's `scene:` file is looked for.
    public static func parse(_ text: String, file: String, directory: URL? = nil) throws(LessonError) -> Lesson {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw LessonError(file: file, line: nil, key: nil, "the file is empty; a lesson has a title and steps")
            }
            root = node
        } catch let error as LessonError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error, file: file)
        } catch {
            throw LessonError(file: file, line: nil, key: nil, "not YAML: \(error)")
        }
        let reader = Reader(file: file, directory: directory)
        return try reader.lesson(root)
    }

    private static func yamlError(_ error: YamlError, file: String) -> LessonError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return LessonError(file: file, line: mark.line, key: nil, "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return LessonError(file: file, line: context.mark.line, key: duplicates.joined(separator: ", "),
                               "given twice in one mapping")
        case .reader(let problem, _, _, _):
            return LessonError(file: file, line: nil, key: nil, "not valid YAML: \(problem)")
        default:
            let first = "\(error)".split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            return LessonError(file: file, line: nil, key: nil, "not valid YAML: \(first)")
        }
    }
}

/// The walk over the YAML nodes, with the file's name for errors.
private struct Reader {
    let file: String
    let directory: URL?

    func fail(_ node: Node?, _ key: String?, _ message: String) -> LessonError {
        LessonError(file: file, line: node?.mark?.line, key: key, message)
    }

    /// The mapping's entries, refusing keys that are not strings, unknown
    /// keys (with the nearest spelling) and keys given twice.
    func entries(_ node: Node, at path: String?, allowed: [String]) throws(LessonError) -> [(String, Node, Node)] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, path, "expected a mapping of keys (\(allowed.joined(separator: ", ")))")
        }
        var seen: Set<String> = []
        var result: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw fail(keyNode, path, "a key must be a plain word") }
            let key = scalar.string
            let place = path.map { "\($0).\(key)" } ?? key
            guard allowed.contains(key) else {
                throw fail(keyNode, place, NameSuggestions.unknown("key", key, among: allowed))
            }
            guard seen.insert(key).inserted else { throw fail(keyNode, place, "given twice") }
            result.append((key, keyNode, value))
        }
        return result
    }

    func string(_ node: Node, _ key: String) throws(LessonError) -> String {
        guard case .scalar(let scalar) = node else { throw fail(node, key, "expected text") }
        return scalar.string
    }

    func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) throws(LessonError) -> Int {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)),
              range.contains(value) else {
            throw fail(node, key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), got '\(describe(node))'")
        }
        return value
    }

    func boolean(_ node: Node, _ key: String) throws(LessonError) -> Bool {
        switch (node.scalar?.string ?? "").lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail(node, key, "expected true or false, got '\(describe(node))'")
        }
    }

    func describe(_ node: Node) -> String {
        PrintableText.escaped(node.scalar?.string ?? (node.sequence != nil ? "a list" : "a mapping"))
    }

    /// `en:` and `ko:`, both required.
    func text(_ node: Node, at path: String) throws(LessonError) -> LessonText {
        var english: String?, korean: String?
        for (key, _, value) in try entries(node, at: path, allowed: ["en", "ko"]) {
            let s = try string(value, "\(path).\(key)")
            if key == "en" { english = s } else { korean = s }
        }
        guard let english, !english.isEmpty else { throw fail(node, path, "needs en: (the English text)") }
        guard let korean, !korean.isEmpty else { throw fail(node, path, "needs ko: (the Korean text)") }
        return LessonText(english: english, korean: korean)
    }

    func lesson(_ root: Node) throws(LessonError) -> Lesson {
        var title: LessonText?
        var steps: [LessonStep] = []
        var stepsNode: Node?
        for (key, _, value) in try entries(root, at: nil, allowed: LessonFile.topKeys) {
            switch key {
            case "title": title = try text(value, at: "title")
            default:
                stepsNode = value
                guard case .sequence(let sequence) = value else { throw fail(value, "steps", "expected a list of steps") }
                guard sequence.count <= LessonFile.maximumSteps else {
                    throw fail(value, "steps", "at most \(LessonFile.maximumSteps) steps (got \(sequence.count))")
                }
                for (index, node) in sequence.enumerated() {
                    steps.append(try step(node, at: "steps[\(index + 1)]"))
                }
            }
        }
        guard let title else { throw fail(root, "title", "missing: a lesson needs a title with en: and ko:") }
        guard !steps.isEmpty else { throw fail(stepsNode ?? root, "steps", "missing: a lesson needs at least one step") }
        return Lesson(title: title, steps: steps)
    }

    // swiftlint:disable:next function_body_length
    func step(_ node: Node, at path: String) throws(LessonError) -> LessonStep {
        let fields = try entries(node, at: path, allowed: LessonFile.stepKeys)
        var values: [String: (Node, Node)] = [:]
        for (key, keyNode, value) in fields { values[key] = (keyNode, value) }
        func key(_ name: String) -> String { "\(path).\(name)" }
        /// Runs `parse` on the key's text; its error is the key's.
        func parsed<T>(_ name: String, _ parse: (String) throws -> T) throws(LessonError) -> T? {
            guard let (_, value) = values[name] else { return nil }
            let text = try string(value, key(name))
            do {
                return try parse(text)
            } catch {
                throw fail(value, key(name), "\(error)")
            }
        }

        guard let (_, nameNode) = values["name"] else { throw fail(node, key("name"), "missing: every step has a name") }
        // A name is one word for both languages, or en: and ko:.
        let displayName: LessonText
        if case .mapping = nameNode {
            displayName = try text(nameNode, at: key("name"))
        } else {
            let plain = try string(nameNode, key("name"))
            displayName = LessonText(english: plain, korean: plain)
        }
        let name = displayName.english
        guard let (_, captionNode) = values["caption"] else {
            throw fail(node, key("caption"), "missing: every step has a caption with en: and ko:")
        }
        let caption = try text(captionNode, at: key("caption"))

        var claim: String?
        if let (_, claimNode) = values["claim"] {
            let text = try string(claimNode, key("claim"))
            guard ClaimName(rawValue: text) != nil else {
                throw fail(claimNode, key("claim"), NameSuggestions.unknown("claim", text, among: ClaimName.allCases.map(\.rawValue)))
            }
            claim = text
        }
        for (language, words) in [("en", caption.english), ("ko", caption.korean)] {
            let wordsNode = captionNode[language] ?? captionNode
            for placeholder in LessonCaption.placeholders(in: words) {
                guard LessonStep.captionPlaceholders.contains(placeholder) else {
                    throw fail(wordsNode, key("caption.\(language)"),
                               NameSuggestions.unknown("placeholder", "{\(placeholder)}",
                                                       among: LessonStep.captionPlaceholders.map { "{\($0)}" }))
                }
                if LessonStep.claimPlaceholders.contains(placeholder), claim == nil {
                    throw fail(wordsNode, key("caption.\(language)"), "{\(placeholder)} needs the step's claim: (which claim is measured)")
                }
            }
        }

        // The scene: a scene file, or a preset, or the explorer's default.
        let preset = try parsed("preset") { try ConfigurationParser.preset($0) }
        var scene: Scene
        if let (_, sceneNode) = values["scene"] {
            if preset != nil { throw fail(sceneNode, key("scene"), "give scene or preset, not both") }
            let path = try string(sceneNode, key("scene"))
            let url = directory.map { URL(fileURLWithPath: path, relativeTo: $0) } ?? URL(fileURLWithPath: path)
            guard let data = try? Data(contentsOf: url) else {
                throw fail(sceneNode, key("scene"), "cannot read the scene file '\(PrintableText.escaped(path))'")
            }
            do {
                scene = try Scene.read(data, source: path)
            } catch {
                throw fail(sceneNode, key("scene"), "\(error)")
            }
        } else {
            var base = preset?.configuration ?? .explorerDefault
            base.seed = TrainingConfiguration.explorerSeed
            scene = Scene(configuration: base, preset: preset, runsRace: preset?.raceRates != nil && values["activation"] == nil)
            if let preset { scene.view.stepsPerSecond = preset.stepsPerSecond }
        }

        var c = scene.configuration
        let parameters = try parsed("param") { try ConfigurationParser.parameters([$0]) } ?? [:]
        if let activations = try parsed("activation", { try ConfigurationParser.layerActivations($0, parameters: parameters) }) {
            scene.runsRace = false
            c.hiddenLayers = try hiddenLayers(values, key: key, sizes: c.hiddenSizes, activations: activations)
        } else if !parameters.isEmpty {
            let kinds = c.hasUniformActivation ? [c.primaryActivation] : c.activations.map(\.kind)
            let activations = try parsed("param") { _ in
                try ConfigurationParser.layerActivations(kinds, parameters: parameters, maxoutPieces: nil)
            } ?? []
            c.hiddenLayers = try hiddenLayers(values, key: key, sizes: c.hiddenSizes, activations: activations)
        } else if values["hidden"] != nil {
            let activations = c.hasUniformActivation ? Array(c.activations.prefix(1)) : c.activations
            c.hiddenLayers = try hiddenLayers(values, key: key, sizes: c.hiddenSizes, activations: activations)
        }
        if let dataset = try parsed("dataset", { try ConfigurationParser.dataset($0) }) { c.dataset = dataset }
        if let rate = try parsed("lr", { try ConfigurationParser.learningRate($0) }) { c.learningRate = rate }
        if let optimizer = try parsed("optimizer", { try ConfigurationParser.optimizer($0) }) { c.optimizer = optimizer }
        if let initializer = try parsed("init", { try ConfigurationParser.initializer($0) }) { c.initializer = initializer }
        if let (_, v) = values["batch"] { c.batchSize = try integer(v, key("batch"), in: 0...1_000_000) }
        if let (_, v) = values["epochs"] { c.epochs = try integer(v, key("epochs"), in: 1...1_000_000) }
        if let (_, v) = values["seed"] { c.seed = UInt64(try integer(v, key("seed"), in: 0...Int.max)) }
        if let (_, v) = values["bias"] { c.useBias = try boolean(v, key("bias")) }
        if let (_, v) = values["standardize"] { c.standardizeInputs = try boolean(v, key("standardize")) }
        if let bias = try parsed("initial-bias", { text -> Double in
            guard let value = Double(text), value.isFinite else { throw LessonError("expected a finite number, got '\(text)'") }
            return value
        }) { c.initialBias = bias }
        do {
            try c.validate()
        } catch {
            throw fail(node, path, "\(error)")
        }
        scene.configuration = c
        scene.view.highlightedLayer = min(scene.view.highlightedLayer, max(0, c.hiddenLayers.count - 1))

        if let pace = try parsed("speed", { text -> Double? in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.lowercased() == "max" { return nil }
            guard let rate = Double(trimmed), rate.isFinite, rate > 0 else {
                throw LessonError("expected steps per second (e.g. 30) or max, got '\(PrintableText.escaped(text))'")
            }
            return rate
        }) { scene.view.stepsPerSecond = pace }
        if let (_, v) = values["paused"] { scene.view.startsPaused = try boolean(v, key("paused")) }
        var trainSteps: Int?
        if let (_, v) = values["train"] { trainSteps = try integer(v, key("train"), in: 1...LessonFile.maximumTrainSteps) }
        let keys = try parsed("keys") { text -> [Key] in
            let keys: [Key]
            do {
                keys = try KeyNotation.parse(text)
            } catch {
                throw LessonError("\(error)")
            }
            // Pressed as the step opens, q or Esc would end the lesson there.
            if keys.contains(.character("q")) || keys.contains(.escape) {
                throw LessonError("q and <Esc> would quit the lesson as the step opens")
            }
            return keys
        } ?? []
        // A scene the explorer would refuse is refused here, with its step.
        do {
            _ = try Explorer(options: ExplorerOptions(scene: scene, theme: .dark))
        } catch {
            throw fail(node, path, "\(error)")
        }
        return LessonStep(name: name, displayName: displayName, scene: scene, keys: keys, trainSteps: trainSteps, caption: caption, claim: claim)
    }

    func hiddenLayers(_ values: [String: (Node, Node)], key: (String) -> String, sizes: [Int],
                      activations: [LayerActivation]) throws(LessonError) -> [HiddenLayer] {
        var sizes = sizes
        var node = values["activation"]?.1 ?? values["param"]?.1
        if let (_, hidden) = values["hidden"] {
            node = hidden
            let text: String
            if case .scalar(let scalar) = hidden { text = scalar.string } else { throw fail(hidden, key("hidden"), "expected sizes like 64,64") }
            do {
                sizes = try ConfigurationParser.hiddenSizes(text)
            } catch {
                throw fail(hidden, key("hidden"), error.description)
            }
        }
        do {
            return try ConfigurationParser.hiddenLayers(sizes: sizes, activations: activations)
        } catch {
            throw fail(node, key(values["hidden"] != nil ? "hidden" : "activation"), error.description)
        }
    }
}
