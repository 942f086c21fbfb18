/// `--param K=V` values, as `plot` and `eval` take them: each is one
/// `name=value` pair (several may also be joined with commas, `a=1,b=2`).
enum ParameterOption {
    static func parse(_ options: [String]) throws -> [String: Double] {
        var parameters: [String: Double] = [:]
        for option in options {
            for pair in option.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = parts.first.map { String($0).trimmingSpaces() } ?? ""
                guard parts.count == 2, !name.isEmpty else {
                    throw CLIError("--param expects NAME=VALUE, got '\(pair)'")
                }
                let text = String(parts[1]).trimmingSpaces()
                guard let value = Double(text), value.isFinite else {
                    throw CLIError("--param \(name): '\(text)' is not a finite number")
                }
                guard parameters[name] == nil else {
                    throw CLIError("--param \(name) is given more than once")
                }
                parameters[name] = value
            }
        }
        return parameters
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
