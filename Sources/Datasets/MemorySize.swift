import Foundation

/// An amount of memory in bytes, as `--memory-limit` takes it and every
/// budget message prints it: binary units (1 KiB = 1024 bytes). Held as a
/// Double, so an estimate for absurd sizes cannot overflow.
public struct MemorySize: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var bytes: Double

    public init(bytes: Double) {
        self.bytes = bytes
    }

    public static func mebibytes(_ n: Double) -> MemorySize { MemorySize(bytes: n * 1024 * 1024) }
    public static func gibibytes(_ n: Double) -> MemorySize { MemorySize(bytes: n * 1024 * 1024 * 1024) }

    public static func < (a: MemorySize, b: MemorySize) -> Bool { a.bytes < b.bytes }
    public static func + (a: MemorySize, b: MemorySize) -> MemorySize { MemorySize(bytes: a.bytes + b.bytes) }
    public static func * (a: MemorySize, factor: Double) -> MemorySize { MemorySize(bytes: a.bytes * factor) }

    /// "512 MiB", "4.0 GiB", "12.3 KiB", "900 bytes": three significant
    /// figures, enough to compare a need with a limit.
    public var description: String {
        guard bytes.isFinite else { return "an unbounded amount" }
        let units: [(String, Double)] = [("TiB", 0x1p40), ("GiB", 0x1p30), ("MiB", 0x1p20), ("KiB", 0x1p10)]
        for (name, size) in units where bytes >= size {
            let value = bytes / size
            let format = value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f"
            return String(format: format, value) + " " + name
        }
        return "\(Int(bytes.rounded())) bytes"
    }
}
