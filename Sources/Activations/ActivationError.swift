/// Why an activation could not be built from a name or parameters. The
/// descriptions are single lines, ready to be shown to a user as they are.
public enum ActivationError: Error, CustomStringConvertible, Equatable {
    case unknownName(String, suggestions: [String])
    case unknownParameter(activation: String, parameter: String, valid: [String])
    case parameterOutOfRange(activation: String, parameter: String, value: Double, range: ClosedRange<Double>)

    public var description: String {
        switch self {
        case let .unknownName(name, suggestions):
            if suggestions.isEmpty {
                let known = ActivationKind.allCases.map(\.rawValue).joined(separator: ", ")
                return "unknown activation '\(name)'; known activations: \(known)"
            }
            return "unknown activation '\(name)'; did you mean: \(suggestions.joined(separator: ", "))?"
        case let .unknownParameter(activation, parameter, valid):
            if valid.isEmpty {
                return "\(activation) takes no parameters (got '\(parameter)')"
            }
            let close = NameSuggestions.closest(to: parameter, among: valid)
            if !close.isEmpty { return "unknown parameter '\(parameter)' for \(activation); did you mean: \(close.joined(separator: ", "))?" }
            return "unknown parameter '\(parameter)' for \(activation); valid: \(valid.joined(separator: ", "))"
        case let .parameterOutOfRange(activation, parameter, value, range):
            return "parameter \(parameter)=\(value) is out of range for \(activation); "
                + "must be in [\(range.lowerBound), \(range.upperBound)]"
        }
    }
}
