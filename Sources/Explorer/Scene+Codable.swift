import Foundation
import NeuralNet

/// A scene file, version 1: the configuration in its own JSON form (see
/// `TrainingConfiguration`), the preset, and the view.
///
/// ```json
/// { "version": 1, "preset": "dead-relu", "race": false,
///   "configuration": { "version": 1, "dataset": "spiral", "layers": [ … ], … },
///   "view": { "stepsPerSecond": 100, "halfWidth": 6, "cursorX": 1, "highlightedLayer": 0,
///             "logScaleLoss": false, "ghost": true, "paused": false, "theme": "dark", "language": "en",
///             "focus": "health", "zoom": "health" } }
/// ```
///
/// `stepsPerSecond` is null for the fastest pace. Keys left out of `view`
/// take the explorer's defaults.
extension Scene: Codable {
    public static let formatVersion = 1

    private enum Key: String, CodingKey {
        case version, preset, race, configuration, view
    }

    private enum ViewKey: String, CodingKey {
        case stepsPerSecond, halfWidth, cursorX, highlightedLayer, logScaleLoss, ghost, paused, theme, language
        case focus, zoom
    }

    /// A pane named in the view, or the one-line error.
    private static func pane(_ name: String, key: ViewKey, in v: KeyedDecodingContainer<ViewKey>) throws -> Pane {
        guard let pane = Pane(rawValue: name) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: v, debugDescription:
                "unknown pane '\(name)'; use \(Pane.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return pane
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let version = try c.decode(Int.self, forKey: .version)
        guard version >= 1, version <= Self.formatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .version, in: c, debugDescription:
                "scene version \(version) is not one this actview reads (1…\(Self.formatVersion))")
        }
        configuration = try c.decode(TrainingConfiguration.self, forKey: .configuration)
        if let name = try c.decodeIfPresent(String.self, forKey: .preset) {
            do {
                preset = try ConfigurationParser.preset(name)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: .preset, in: c, debugDescription: error.description)
            }
        } else {
            preset = nil
        }
        runsRace = try c.decodeIfPresent(Bool.self, forKey: .race) ?? false
        view = SceneView()
        guard c.contains(.view) else { return }
        let v = try c.nestedContainer(keyedBy: ViewKey.self, forKey: .view)
        if v.contains(.stepsPerSecond) {
            let pace = try v.decodeNil(forKey: .stepsPerSecond) ? nil : try v.decode(Double.self, forKey: .stepsPerSecond)
            if let pace, !(pace.isFinite && pace > 0) {
                throw DecodingError.dataCorruptedError(forKey: .stepsPerSecond, in: v, debugDescription:
                    "the pace must be a positive number of steps per second, or null for the fastest")
            }
            view.stepsPerSecond = pace
        }
        if let x = try v.decodeIfPresent(Double.self, forKey: .halfWidth) {
            guard SceneView.halfWidthRange.contains(x) else {
                throw DecodingError.dataCorruptedError(forKey: .halfWidth, in: v, debugDescription:
                    "halfWidth must be from \(SceneView.halfWidthRange.lowerBound) to \(SceneView.halfWidthRange.upperBound)")
            }
            view.halfWidth = x
        }
        if let x = try v.decodeIfPresent(Double.self, forKey: .cursorX) {
            guard x.isFinite else {
                throw DecodingError.dataCorruptedError(forKey: .cursorX, in: v, debugDescription: "cursorX must be a finite number")
            }
            view.cursorX = min(max(x, -view.halfWidth), view.halfWidth)
        }
        if let layer = try v.decodeIfPresent(Int.self, forKey: .highlightedLayer) {
            guard configuration.hiddenLayers.indices.contains(layer) else {
                throw DecodingError.dataCorruptedError(forKey: .highlightedLayer, in: v, debugDescription:
                    "highlightedLayer \(layer) is not a hidden layer (0…\(configuration.hiddenLayers.count - 1))")
            }
            view.highlightedLayer = layer
        }
        if let flag = try v.decodeIfPresent(Bool.self, forKey: .logScaleLoss) { view.logScaleLoss = flag }
        if let flag = try v.decodeIfPresent(Bool.self, forKey: .ghost) { view.showsGhost = flag }
        if let flag = try v.decodeIfPresent(Bool.self, forKey: .paused) { view.startsPaused = flag }
        if let name = try v.decodeIfPresent(String.self, forKey: .theme) { view.themeName = name }
        if let code = try v.decodeIfPresent(String.self, forKey: .language) {
            guard let language = Language(rawValue: code) else {
                throw DecodingError.dataCorruptedError(forKey: .language, in: v, debugDescription: "unknown language '\(code)'; use en or ko")
            }
            view.language = language
        }
        // Files written before panes could be focused or zoomed open as before.
        if let name = try v.decodeIfPresent(String.self, forKey: .focus) { view.focus = try Self.pane(name, key: .focus, in: v) }
        if let name = try v.decodeIfPresent(String.self, forKey: .zoom) { view.zoomedPane = try Self.pane(name, key: .zoom, in: v) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(Self.formatVersion, forKey: .version)
        try c.encodeIfPresent(preset?.name, forKey: .preset)
        try c.encode(runsRace, forKey: .race)
        try c.encode(configuration, forKey: .configuration)
        var v = c.nestedContainer(keyedBy: ViewKey.self, forKey: .view)
        if let pace = view.stepsPerSecond {
            try v.encode(pace, forKey: .stepsPerSecond)
        } else {
            try v.encodeNil(forKey: .stepsPerSecond)
        }
        try v.encode(view.halfWidth, forKey: .halfWidth)
        try v.encode(view.cursorX, forKey: .cursorX)
        try v.encode(view.highlightedLayer, forKey: .highlightedLayer)
        try v.encode(view.logScaleLoss, forKey: .logScaleLoss)
        try v.encode(view.showsGhost, forKey: .ghost)
        try v.encode(view.startsPaused, forKey: .paused)
        try v.encode(view.themeName, forKey: .theme)
        try v.encode(view.language.rawValue, forKey: .language)
        try v.encode(view.focus.rawValue, forKey: .focus)
        try v.encodeIfPresent(view.zoomedPane?.rawValue, forKey: .zoom)
    }

    /// The scene as a file: pretty, keys sorted, so two saves of the same
    /// scene are the same bytes.
    public func fileData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Reads a scene file's bytes; the error is one line naming the problem.
    public static func read(_ data: Data, source: String) throws(ExplorerError) -> Scene {
        do {
            return try JSONDecoder().decode(Scene.self, from: data)
        } catch let error as DecodingError {
            throw ExplorerError("\(source): \(error.oneLine)")
        } catch {
            throw ExplorerError("\(source): \(error)")
        }
    }
}

extension DecodingError {
    /// "layers[1].activation: unknown activation 'relux'; did you mean: relu?"
    var oneLine: String {
        func path(_ context: Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return keys.hasPrefix(".") ? String(keys.dropFirst()) : keys
        }
        switch self {
        case .dataCorrupted(let context):
            let at = path(context)
            let reason = (context.underlyingError as NSError?).map { _ in "not valid JSON" } ?? context.debugDescription
            return at.isEmpty ? reason : "\(at): \(reason)"
        case .keyNotFound(let key, let context):
            let at = path(context)
            return "missing key '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context)): expected \(type)"
        @unknown default:
            return "\(self)"
        }
    }
}
