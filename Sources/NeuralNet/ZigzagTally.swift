/// The lecture's zigzag, counted per example.
///
/// One example's update of unit j's incoming weights is ΔWᵢⱼ ∝ −δⱼ·xᵢ, where
/// x is what the layer below sent up and δⱼ is ∂loss/∂zⱼ for that example.
/// Every component has the sign of δⱼ times that of xᵢ, so the update is
/// one-signed — all its weights move the same way, and reaching a point
/// that needs some up and some down takes a zigzag — exactly when the
/// non-zero xᵢ all share a sign, as sigmoid's or ReLU's outputs always do.
///
/// The share is one-signed updates over counted ones, where an update
/// counts when it is non-zero (δⱼ ≠ 0 and some xᵢ ≠ 0); zero components are
/// ignored, as they move nothing. Summing over a batch first (what a
/// gradient norm sees) would mix the examples' signs and hide the effect.
public struct ZigzagTally: Sendable, Hashable {
    /// Non-zero per-example updates whose non-zero components share one sign.
    public private(set) var oneSigned = 0
    /// Non-zero per-example updates seen.
    public private(set) var counted = 0

    public init() {}

    /// One-signed updates over counted ones; nil when none were counted.
    public var share: Double? { counted > 0 ? Double(oneSigned) / Double(counted) : nil }

    /// Adds `rows` examples: `inputs` is `rows × inputCount` (what feeds the
    /// units), `deltas` is `rows × width` (each unit's, or maxout piece's, δ).
    mutating func add(inputs: UnsafePointer<Float>, inputCount: Int, deltas: UnsafePointer<Float>, width: Int, rows: Int) {
        for row in 0..<rows {
            var positive = false, negative = false
            let x = inputs + row * inputCount
            for i in 0..<inputCount {
                if x[i] > 0 { positive = true } else if x[i] < 0 { negative = true }
            }
            // All-zero inputs move no weight: nothing to count.
            guard positive || negative else { continue }
            var moving = 0
            let delta = deltas + row * width
            for j in 0..<width where delta[j] > 0 || delta[j] < 0 { moving += 1 }
            counted += moving
            if positive != negative { oneSigned += moving }
        }
    }

    /// Both tallies together (for a share over several layers).
    public static func + (a: ZigzagTally, b: ZigzagTally) -> ZigzagTally {
        var sum = a
        sum.oneSigned += b.oneSigned
        sum.counted += b.counted
        return sum
    }
}
