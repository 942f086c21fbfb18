/// One tunable parameter of an activation: its name as typed on the command
/// line (`--param slope=0.2`), its default, the values accepted, and what it
/// does, in a phrase.
public struct ParameterSpec: Sendable, Hashable {
    public let name: String
    public let defaultValue: Double
    public let range: ClosedRange<Double>
    public let meaning: String

    public init(name: String, defaultValue: Double, range: ClosedRange<Double>, meaning: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.range = range
        self.meaning = meaning
    }
}
