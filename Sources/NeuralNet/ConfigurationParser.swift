import Activations
import Datasets

/// Text into configuration types, in one place: every command's options,
/// the explorer's and the JSON form go through these, so a spelling is
/// accepted or refused the same way everywhere. Errors are one line that
/// names the bad token and the closest valid names.
public enum ConfigurationParser {
    /// An activation by canonical name or alias (`leaky-relu`, `lrelu`).
    public static func activationKind(_ text: String) throws(ConfigurationError) -> ActivationKind {
        do {
            return try Catalogue.kind(named: text.trimmingSpaces())
        } catch {
            throw ConfigurationError(error.description)
        }
    }

    /// `relu` or `relu,tanh,sigmoid`, with `--param` values applied to every
    /// layer whose activation has that parameter. A parameter that none of
    /// the activations has is refused; so is an empty list.
    public static func layerActivations(_ text: String, parameters: [String: Double] = [:],
                                        maxoutPieces: Int? = nil) throws(ConfigurationError) -> [LayerActivation] {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
        guard !names.contains(where: \.isEmpty), !names.isEmpty else {
            throw ConfigurationError("--activation expects names like relu or relu,tanh, got '\(text)'")
        }
        var kinds: [ActivationKind] = []
        for name in names { kinds.append(try activationKind(name)) }
        return try layerActivations(kinds, parameters: parameters, maxoutPieces: maxoutPieces)
    }

    /// The typed form of `layerActivations(_:parameters:)`.
    public static func layerActivations(_ kinds: [ActivationKind], parameters: [String: Double],
                                        maxoutPieces: Int?) throws(ConfigurationError) -> [LayerActivation] {
        for name in parameters.keys.sorted() where !kinds.contains(where: { accepts($0, name) }) {
            let owners = kinds.map(\.rawValue)
            let valid = Array(Set(kinds.flatMap { Catalogue.entry(for: $0).parameters.map(\.name) })).sorted()
            if valid.isEmpty {
                throw ConfigurationError("\(owners.joined(separator: ", ")) takes no parameters (got '\(name)')")
            }
            let close = NameSuggestions.closest(to: name, among: valid)
            let hint = close.isEmpty ? "valid: \(valid.joined(separator: ", "))" : "did you mean: \(close.joined(separator: ", "))?"
            throw ConfigurationError("unknown parameter '\(name)' for \(owners.joined(separator: ", ")); \(hint)")
        }
        if let maxoutPieces, !kinds.contains(.maxout) {
            throw ConfigurationError("--maxout-pieces \(maxoutPieces) needs a maxout layer")
        }
        var result: [LayerActivation] = []
        for kind in kinds {
            let own = parameters.filter { accepts(kind, $0.key) }
            var activation = try LayerActivation(kind, parameters: own)
            if case .maxout = activation, let maxoutPieces { activation = .maxout(pieces: maxoutPieces) }
            result.append(activation)
        }
        return result
    }

    private static func accepts(_ kind: ActivationKind, _ parameter: String) -> Bool {
        Catalogue.entry(for: kind).parameters.contains { $0.name.lowercased() == parameter.lowercased() }
    }

    /// Hidden layers from `--hidden 64,64` and one activation for all or one
    /// per layer.
    public static func hiddenLayers(sizes: [Int], activations: [LayerActivation]) throws(ConfigurationError) -> [HiddenLayer] {
        guard !activations.isEmpty else { throw ConfigurationError("no activation given") }
        guard activations.count == 1 || activations.count == sizes.count || sizes.isEmpty else {
            throw ConfigurationError(
                "\(activations.count) activations for \(sizes.count) hidden layers (give one, or one per layer)")
        }
        return sizes.enumerated().map { index, units in
            HiddenLayer(units: units, activation: activations.count == 1 ? activations[0] : activations[index])
        }
    }

    /// `64,64`: units per hidden layer, each at least 1. `0`, `none` or
    /// nothing is no hidden layer at all (the inputs feed the output layer
    /// directly).
    public static func hiddenSizes(_ text: String) throws(ConfigurationError) -> [Int] {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty || trimmed == "0" || trimmed.lowercased() == "none" { return [] }
        var sizes: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let units = Int(String(part).trimmingSpaces()) else {
                throw ConfigurationError("--hidden expects numbers like 64,64 (or 0 for none), got '\(text)'")
            }
            guard units >= 1 else { throw ConfigurationError("a hidden layer needs at least one unit (got \(units))") }
            sizes.append(units)
        }
        return sizes
    }

    /// `--param` values: each option is `name=value`, or several joined with
    /// commas (`a=1,b=2`). Values must be finite; a name may appear once.
    public static func parameters(_ options: [String]) throws(ConfigurationError) -> [String: Double] {
        var parameters: [String: Double] = [:]
        for option in options {
            for pair in option.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = parts.first.map { String($0).trimmingSpaces() } ?? ""
                guard parts.count == 2, !name.isEmpty else {
                    throw ConfigurationError("--param expects NAME=VALUE, got '\(pair)'")
                }
                let text = String(parts[1]).trimmingSpaces()
                guard let value = Double(text), value.isFinite else {
                    throw ConfigurationError("--param \(name): '\(text)' is not a finite number")
                }
                guard parameters[name] == nil else {
                    throw ConfigurationError("--param \(name) is given more than once")
                }
                parameters[name] = value
            }
        }
        return parameters
    }

    public static func dataset(_ text: String) throws(ConfigurationError) -> DatasetSpec {
        do {
            return try DatasetSpec(parsing: text)
        } catch {
            // An unknown kind gets the nearest spellings as well.
            let kind = String(text.trimmingSpaces().prefix { $0 != ":" })
            let names = DatasetSpec.spellings.map { String($0.prefix { $0 != ":" }) }
            if !names.contains(kind.lowercased()) {
                throw ConfigurationError(NameSuggestions.unknown("dataset", kind, among: DatasetSpec.spellings))
            }
            throw ConfigurationError(error.description)
        }
    }

    /// `classification` or `regression`.
    public static func task(_ text: String) throws(ConfigurationError) -> LearningTask {
        try choice(text, "task")
    }

    /// `x1,x2,x1^2,x2^2,x1x2,sin(x1),sin(x2)` in any order, or `all`.
    /// Spaces are ignored and the usual spellings taken: `x1²`, `x1sq`,
    /// `x1*x2`, `sinx1`.
    public static func inputFeatures(_ text: String) throws(ConfigurationError) -> InputFeatures {
        let names = InputFeatures.catalogue.map(\.name)
        if text.trimmingSpaces().lowercased() == "all" { return .all }
        var features: InputFeatures = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let token = String(part).trimmingSpaces()
            let key = token.lowercased().filter { !$0.isWhitespace }
                .replacingOccurrences(of: "²", with: "^2").replacingOccurrences(of: "sq", with: "^2")
                .replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "·", with: "")
                .replacingOccurrences(of: "₁", with: "1").replacingOccurrences(of: "₂", with: "2")
            let aliases: [String: InputFeatures] = [
                "x1": .x1, "x2": .x2, "x1^2": .x1Squared, "x1x1": .x1Squared, "x2^2": .x2Squared, "x2x2": .x2Squared,
                "x1x2": .x1x2, "x2x1": .x1x2, "sin(x1)": .sinX1, "sinx1": .sinX1, "sin(x2)": .sinX2, "sinx2": .sinX2,
            ]
            guard !token.isEmpty else {
                throw ConfigurationError("--features expects names like x1,x2,x1^2 (known: \(names.joined(separator: ", "))), got '\(text)'")
            }
            guard let feature = aliases[key] else {
                throw ConfigurationError(NameSuggestions.unknown("input feature", token, among: names))
            }
            guard !features.contains(feature) else {
                throw ConfigurationError("--features names \(token) twice")
            }
            features.insert(feature)
        }
        return features
    }

    public static func preset(_ text: String) throws(ConfigurationError) -> TrainingPreset {
        try choice(text, "preset")
    }

    public static func optimizer(_ text: String) throws(ConfigurationError) -> OptimizerKind {
        try choice(text, "optimizer")
    }

    public static func output(_ text: String) throws(ConfigurationError) -> OutputKind {
        try choice(text, "output")
    }

    public static func reduction(_ text: String) throws(ConfigurationError) -> GradientReduction {
        try choice(text, "reduction")
    }

    public static func learningRate(_ text: String) throws(ConfigurationError) -> LearningRate {
        guard let value = Double(text.trimmingSpaces()) else {
            throw ConfigurationError("the learning rate must be a number, got '\(text)'")
        }
        return try LearningRate(value)
    }

    /// `lecture`, `glorot-uniform`, `glorot-normal`, `he-uniform`,
    /// `he-normal`, `lecun-normal`, `uniform:B`, `normal:S`, `zeros`, `auto`
    /// (and the usual aliases: `xavier`, `kaiming`, …).
    public static func initializer(_ text: String) throws(ConfigurationError) -> WeightInitializer {
        let lowered = text.trimmingSpaces().lowercased()
        if let named = WeightInitializer.spellings[lowered] { return named }
        for (prefix, make) in [("uniform:", WeightInitializer.uniform(bound:)), ("normal:", WeightInitializer.normal(standardDeviation:))] {
            guard lowered.hasPrefix(prefix) else { continue }
            let argument = String(lowered.dropFirst(prefix.count)).trimmingSpaces()
            guard let value = Double(argument), value.isFinite, value > 0 else {
                let parameter = prefix == "uniform:" ? "bound B" : "standard deviation S"
                throw ConfigurationError("initializer '\(text)': the \(parameter) of \(prefix)\(parameter.suffix(1)) must be a positive number, got '\(argument)'")
            }
            return make(value)
        }
        throw ConfigurationError(NameSuggestions.unknown("initializer", text, among: WeightInitializer.listedSpellings))
    }

    /// `120x36`, `120X36` or `120×36` (as the README writes sizes): a width
    /// and a height in cells; nil when it is not two whole numbers. Each
    /// command checks the range it draws.
    public static func cellSize(_ text: String) -> (width: Int, height: Int)? {
        let parts = text.trimmingSpaces().split(omittingEmptySubsequences: false) { $0 == "x" || $0 == "X" || $0 == "×" }
        guard parts.count == 2, let width = Int(String(parts[0]).trimmingSpaces()),
              let height = Int(String(parts[1]).trimmingSpaces()) else { return nil }
        return (width, height)
    }

    /// `--memory-limit`: a positive amount with a binary unit, `512M`,
    /// `2G`, `1.5GiB`, `800KB` (K, M, G, T; an optional `i` and `B`; any
    /// case; 1G = 1024³ bytes). A bare number is refused: 2048 bytes is
    /// never what was meant.
    public static func memoryLimit(_ text: String) throws(ConfigurationError) -> MemoryBudget {
        let trimmed = text.trimmingSpaces()
        var unitStart = trimmed.endIndex
        while unitStart > trimmed.startIndex, trimmed[trimmed.index(before: unitStart)].isLetter {
            unitStart = trimmed.index(before: unitStart)
        }
        let number = String(trimmed[..<unitStart]).trimmingSpaces()
        var unit = trimmed[unitStart...].lowercased()
        if unit.hasSuffix("b") { unit.removeLast() }
        if unit.hasSuffix("i") { unit.removeLast() }
        let scales: [String: Double] = ["k": 0x1p10, "m": 0x1p20, "g": 0x1p30, "t": 0x1p40]
        guard let value = Double(number), let scale = scales[unit] else {
            throw ConfigurationError("--memory-limit expects an amount with a unit, e.g. 512M or 2G (K, M, G, T), got '\(text)'")
        }
        let bytes = value * scale
        guard bytes.isFinite, bytes >= 1 else {
            throw ConfigurationError("--memory-limit must be a positive amount, e.g. 512M or 2G, got '\(text)'")
        }
        return MemoryBudget(limit: MemorySize(bytes: bytes.rounded(.down)), origin: .option)
    }

    /// A member of a closed set by its raw value, case-insensitively.
    public static func choice<T: CaseIterable & RawRepresentable>(_ text: String, _ what: String) throws(ConfigurationError) -> T
        where T.RawValue == String {
        let key = text.trimmingSpaces().lowercased()
        if let value = T.allCases.first(where: { $0.rawValue.lowercased() == key }) { return value }
        throw ConfigurationError(NameSuggestions.unknown(what, text, among: T.allCases.map(\.rawValue)))
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
