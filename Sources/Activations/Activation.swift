/// An activation function with its parameters fixed: a value that can be
/// passed between threads, compared, and evaluated as f(x) and f′(x) in
/// `Float` or `Double`.
public struct Activation: Sendable, Hashable {
    public let kind: ActivationKind
    /// Every parameter of the kind, by name, defaults filled in.
    public private(set) var parameters: [String: Double]

    // The parameters unpacked in catalogue order, so evaluation in a hot loop
    // does no dictionary look-ups. Unused slots hold 0.
    @usableFromInline let p0: Double
    @usableFromInline let p1: Double
    @usableFromInline let p2: Double
    @usableFromInline let p3: Double

    /// The activation with its default parameters.
    public init(_ kind: ActivationKind) {
        // The defaults are in range by construction of the catalogue.
        self.init(kind, validated: [:])
    }

    /// The activation with some parameters set; the rest take their defaults.
    /// Names are matched case-insensitively. Throws for a name the kind does
    /// not have or a value outside the parameter's range (NaN included).
    public init(_ kind: ActivationKind, parameters: [String: Double]) throws(ActivationError) {
        let specs = Catalogue.entry(for: kind).parameters
        var resolved: [String: Double] = [:]
        // Sorted so that, with several bad parameters, the error is stable.
        for (given, value) in parameters.sorted(by: { $0.key < $1.key }) {
            guard let spec = specs.first(where: { $0.name.lowercased() == given.lowercased() }) else {
                throw .unknownParameter(activation: kind.rawValue, parameter: given, valid: specs.map(\.name))
            }
            guard spec.range.contains(value) else {
                throw .parameterOutOfRange(activation: kind.rawValue, parameter: spec.name, value: value, range: spec.range)
            }
            resolved[spec.name] = value
        }
        self.init(kind, validated: resolved)
    }

    private init(_ kind: ActivationKind, validated: [String: Double]) {
        let specs = Catalogue.entry(for: kind).parameters
        var all: [String: Double] = [:]
        var ordered: [Double] = []
        for spec in specs {
            let value = validated[spec.name] ?? spec.defaultValue
            all[spec.name] = value
            ordered.append(value)
        }
        ordered += Array(repeating: 0, count: max(0, 4 - ordered.count))
        self.kind = kind
        self.parameters = all
        self.p0 = ordered[0]
        self.p1 = ordered[1]
        self.p2 = ordered[2]
        self.p3 = ordered[3]
    }

    /// Looks the activation up by canonical name or alias, ignoring case,
    /// hyphens, underscores and spaces (`Leaky_ReLU`, `lrelu`, `leakyrelu`).
    public static func named(_ name: String, parameters: [String: Double] = [:]) throws(ActivationError) -> Activation {
        let kind = try Catalogue.kind(named: name)
        return try Activation(kind, parameters: parameters)
    }

    /// The canonical name, e.g. "leaky-relu".
    public var name: String { kind.rawValue }

    /// The value of one parameter, or nil if the kind has no such parameter.
    public subscript(parameter name: String) -> Double? {
        parameters[name] ?? parameters.first(where: { $0.key.lowercased() == name.lowercased() })?.value
    }

    /// The catalogue's description of this activation's kind.
    public var entry: CatalogueEntry { Catalogue.entry(for: kind) }
}
