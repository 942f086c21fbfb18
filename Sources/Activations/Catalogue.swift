/// The catalogue of activations: descriptions and name look-up.
public enum Catalogue {
    /// One entry per kind, in `ActivationKind.allCases` order.
    public static let entries: [CatalogueEntry] = ActivationKind.allCases.map(makeEntry)

    private static let entryByKind: [ActivationKind: CatalogueEntry] =
        Dictionary(uniqueKeysWithValues: entries.map { ($0.kind, $0) })

    /// Every accepted spelling, normalised, to its kind.
    private static let kindByKey: [String: ActivationKind] = {
        var table: [String: ActivationKind] = [:]
        for entry in entries {
            for name in [entry.kind.rawValue] + entry.aliases {
                table[normalized(name)] = entry.kind
            }
        }
        return table
    }()

    public static func entry(for kind: ActivationKind) -> CatalogueEntry {
        // Every kind has an entry: `entries` is built from `allCases`.
        entryByKind[kind]!
    }

    /// The kind with this canonical name or alias. Case, hyphens, underscores
    /// and spaces are ignored, so `Leaky_ReLU` and `leakyrelu` both work.
    public static func kind(named name: String) throws(ActivationError) -> ActivationKind {
        if let kind = kindByKey[normalized(name)] { return kind }
        throw .unknownName(name, suggestions: suggestions(for: name))
    }

    /// Canonical names closest to a mistyped `name`, best first: by edit
    /// distance to the nearest of each kind's spellings, ties by catalogue
    /// order. Names too far away to be a typo are left out, so the result
    /// may be empty.
    public static func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = normalized(name)
        guard limit > 0, !key.isEmpty else { return [] }
        // A typo changes at most about a third of a name; always allow 2.
        let tolerance = Swift.max(2, key.count / 3)
        var scored: [(distance: Int, order: Int, name: String)] = []
        for (order, entry) in entries.enumerated() {
            let spellings = [entry.kind.rawValue] + entry.aliases
            var distance = spellings.map { EditDistance.between(key, normalized($0)) }.min() ?? Int.max
            // "leaky" or "gelu-t" are prefixes of real names, not typos.
            if spellings.contains(where: { normalized($0).hasPrefix(key) }) { distance = Swift.min(distance, 1) }
            if distance <= tolerance { scored.append((distance, order, entry.kind.rawValue)) }
        }
        scored.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
        return scored.prefix(limit).map(\.name)
    }

    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }
}
