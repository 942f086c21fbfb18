extension Activation: CustomStringConvertible {
    /// The name with any parameters in catalogue order, as a user would write
    /// them: "relu", "leaky-relu(slope=0.2)", "maxout(w1=1, b1=0, w2=0, b2=0)".
    public var description: String {
        let specs = entry.parameters
        guard !specs.isEmpty else { return name }
        let values = specs.map { spec -> String in
            let value = parameters[spec.name] ?? spec.defaultValue
            let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return "\(spec.name)=\(text)"
        }
        return "\(name)(\(values.joined(separator: ", ")))"
    }
}
