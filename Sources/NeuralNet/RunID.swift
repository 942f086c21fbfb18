/// Which run a snapshot belongs to. The explorer numbers its runs; every
/// `.startTraining` carries the new number and every snapshot of that run
/// carries it back, so a late snapshot of a replaced run is recognised and
/// dropped instead of guessed at.
public struct RunID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) {
        self.value = value
    }

    /// The number of the run after this one.
    public var next: RunID { RunID(value &+ 1) }

    public static func < (a: RunID, b: RunID) -> Bool { a.value < b.value }

    public var description: String { "run \(value)" }
}
