import Foundation

extension DatasetSpec: CustomStringConvertible, LosslessStringConvertible {
    /// Parses a spec as typed: the kind is case-insensitive, a 2-D set takes
    /// `key=value` parameters after a colon (`spiral:n=400,noise=0.1,classes=3`),
    /// `mnist:` a directory and `csv:` a file (`~` expanded). The CSV label
    /// column is not part of the text (`--label-column` sets it).
    public init(parsing text: String) throws(DatasetError) {
        let trimmed = text.trimmingWhitespace()
        let kind: String
        let argument: String?
        if let colon = trimmed.firstIndex(of: ":") {
            kind = String(trimmed[..<colon]).trimmingWhitespace()
            argument = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace()
        } else {
            kind = trimmed
            argument = nil
        }
        switch kind.lowercased() {
        case "digits":
            if let argument, !argument.isEmpty {
                throw DatasetError("dataset 'digits' takes no parameters, got '\(argument)'")
            }
            self = .digits
        case "mnist":
            guard let argument, !argument.isEmpty else {
                throw DatasetError("dataset 'mnist' needs a directory: mnist:DIR")
            }
            self = .mnist(directory: expandingTilde(argument))
        case "csv":
            guard let argument, !argument.isEmpty else {
                throw DatasetError("dataset 'csv' needs a file: csv:PATH")
            }
            self = .csv(path: expandingTilde(argument), labelColumn: nil)
        default:
            guard let shape = SyntheticShape(rawValue: kind.lowercased()) else {
                throw DatasetError("unknown dataset '\(kind)'; known: \(DatasetSpec.spellings.joined(separator: ", "))")
            }
            self = .synthetic(shape, try SyntheticParameters(shape: shape, text: argument ?? ""))
        }
    }

    /// `LosslessStringConvertible`: nil where `init(parsing:)` throws.
    public init?(_ description: String) {
        guard let spec = try? DatasetSpec(parsing: description) else { return nil }
        self = spec
    }

    /// The canonical text, which parses back to the same spec: a 2-D set's
    /// parameters appear only where they differ from the defaults.
    public var description: String {
        switch self {
        case .synthetic(let shape, let parameters):
            let defaults = SyntheticParameters.defaults(for: shape)
            var items: [String] = []
            if parameters.count != defaults.count { items.append("n=\(parameters.count)") }
            if parameters.noise != defaults.noise { items.append("noise=\(parameters.noise)") }
            if parameters.classes != defaults.classes { items.append("classes=\(parameters.classes)") }
            return items.isEmpty ? shape.rawValue : shape.rawValue + ":" + items.joined(separator: ",")
        case .digits: return "digits"
        case .mnist(let directory): return "mnist:" + directory
        case .csv(let path, _): return "csv:" + path
        }
    }
}

/// `~/data` as typed inside a spec, where the shell does not expand it.
private func expandingTilde(_ path: String) -> String {
    path.hasPrefix("~") ? NSString(string: path).expandingTildeInPath : path
}
