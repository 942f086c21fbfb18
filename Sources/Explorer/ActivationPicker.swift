import Activations
import TermPlot

/// The `a` window: the whole catalogue in a list, arrows to move, Enter to
/// choose, Esc to close, typing filters by name.
struct ActivationPicker: Hashable, Sendable {
    var filter = ""
    var selection = 0

    /// Catalogue entries whose names contain the filter.
    var matches: [ActivationKind] {
        let needle = filter.lowercased()
        guard !needle.isEmpty else { return ActivationKind.allCases }
        return ActivationKind.allCases.filter { kind in
            ActivationText.name(kind).lowercased().contains(needle)
                || ActivationText.displayName(kind).lowercased().contains(needle)
        }
    }

    var selected: ActivationKind? {
        let m = matches
        return m.isEmpty ? nil : m[min(max(0, selection), m.count - 1)]
    }

    /// Starts on the current activation.
    init(current: ActivationKind) {
        selection = ActivationKind.allCases.firstIndex(of: current) ?? 0
    }

    enum Outcome {
        case stay
        case close
        case choose(ActivationKind)
        /// Enter with nothing matching the filter.
        case noMatch
    }

    /// `page`: the rows the list shows, which PgUp and PgDn move by.
    mutating func handle(_ key: Key, page: Int = 10) -> Outcome {
        let count = matches.count
        switch key {
        case .escape:
            return .close
        case .enter:
            return selected.map { .choose($0) } ?? .noMatch
        case .up:
            if count > 0 { selection = (selection - 1 + count) % count }
        case .down, .tab:
            if count > 0 { selection = (selection + 1) % count }
        case .backTab:
            if count > 0 { selection = (selection - 1 + count) % count }
        case .home:
            selection = 0
        case .end:
            selection = max(0, count - 1)
        case .pageUp:
            selection = max(0, selection - max(1, page - 1))
        case .pageDown:
            selection = min(max(0, count - 1), selection + max(1, page - 1))
        case .backspace:
            if !filter.isEmpty {
                filter.removeLast()
                selection = 0
            }
        case .character(let ch) where ch.isLetter || ch.isNumber || ch == "-":
            filter.append(ch)
            selection = 0
        default:
            break
        }
        return .stay
    }
}
