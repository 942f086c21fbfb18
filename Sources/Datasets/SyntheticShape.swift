/// The 2-D classroom sets' shapes.
public enum SyntheticShape: String, CaseIterable, Sendable, Hashable, Codable {
    case spiral, xor, circles, moons, gaussians
}
