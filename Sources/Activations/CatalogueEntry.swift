/// Everything the explorer and `actview list` show about one activation.
public struct CatalogueEntry: Sendable, Hashable {
    public let kind: ActivationKind
    /// The name as written in prose, e.g. "Leaky ReLU".
    public let displayName: String
    /// Other names accepted on the command line, beside `kind.rawValue`.
    public let aliases: [String]
    public let parameters: [ParameterSpec]
    /// f in Unicode, e.g. "σ(x) = 1 / (1 + e⁻ˣ)".
    public let formula: String
    /// f′ in Unicode, e.g. "σ′(x) = σ(x)(1 − σ(x))".
    public let derivativeFormula: String
    /// The range of f with default parameters, in interval notation.
    public let outputRange: String
    public let properties: ActivationProperties
    public let pros: LocalizedList
    public let cons: LocalizedList
    /// How to get this activation in Keras, or what to use where Keras has none.
    public let keras: String
    /// How to get this activation in PyTorch, or what to use where it has none.
    public let pytorch: String

    public init(
        kind: ActivationKind, displayName: String, aliases: [String], parameters: [ParameterSpec],
        formula: String, derivativeFormula: String, outputRange: String,
        properties: ActivationProperties, pros: LocalizedList, cons: LocalizedList,
        keras: String, pytorch: String
    ) {
        self.kind = kind
        self.displayName = displayName
        self.aliases = aliases
        self.parameters = parameters
        self.formula = formula
        self.derivativeFormula = derivativeFormula
        self.outputRange = outputRange
        self.properties = properties
        self.pros = pros
        self.cons = cons
        self.keras = keras
        self.pytorch = pytorch
    }
}
