/// "Did you mean" for any closed set of names: the ones closest to a
/// mistyped name by edit distance, best first, ties in the given order.
public enum NameSuggestions {
    public static func closest(to name: String, among names: [String], limit: Int = 3) -> [String] {
        let key = name.lowercased()
        guard limit > 0, !key.isEmpty else { return [] }
        // A typo changes at most about a third of a name; always allow 2.
        let tolerance = Swift.max(2, key.count / 3)
        var scored: [(distance: Int, order: Int, name: String)] = []
        for (order, candidate) in names.enumerated() {
            var distance = EditDistance.between(key, candidate.lowercased())
            if candidate.lowercased().hasPrefix(key) { distance = Swift.min(distance, 1) }
            if distance <= tolerance { scored.append((distance, order, candidate)) }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(limit).map(\.name)
    }

    /// "unknown optimizer 'adm'; did you mean: adam?" or, with nothing
    /// close, "…; expected gd, sgd, …".
    public static func unknown(_ what: String, _ name: String, among names: [String]) -> String {
        let close = closest(to: name, among: names)
        if close.isEmpty { return "unknown \(what) '\(name)'; expected \(names.joined(separator: ", "))" }
        return "unknown \(what) '\(name)'; did you mean: \(close.joined(separator: ", "))?"
    }
}
