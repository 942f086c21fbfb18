import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory one run may take: its working memory is estimated before
/// anything large is allocated (`RunFootprint`, a data set's header) and a
/// run over the limit is refused in one line, instead of aborting on a
/// failed allocation or driving a classroom laptop into swap.
///
/// The default is a quarter of physical memory (of the cgroup's limit when
/// that is lower), and at most 4 GiB: the largest classroom run, the
/// lecture's net on full MNIST, needs under 0.5 GiB. `--memory-limit`
/// changes it.
public struct MemoryBudget: Sendable, Hashable {
    public var limit: MemorySize
    /// Where the limit came from, for the refusal message.
    public var origin: Origin

    public enum Origin: Sendable, Hashable {
        /// The default share of `physical` memory.
        case physicalShare(physical: MemorySize)
        /// `--memory-limit`.
        case option
        /// No limit (library callers and tests that opt out).
        case unlimited
    }

    public static let defaultShare = 0.25
    public static let defaultCeiling = MemorySize.gibibytes(4)

    public init(limit: MemorySize, origin: Origin = .option) {
        self.limit = limit
        self.origin = origin
    }

    public static let unlimited = MemoryBudget(limit: MemorySize(bytes: .infinity), origin: .unlimited)

    /// A quarter of this machine's memory, at most 4 GiB; 1 GiB when the
    /// machine will not say how much it has.
    public static var machineDefault: MemoryBudget {
        guard let physical = physicalMemory() else {
            return MemoryBudget(limit: .gibibytes(1), origin: .physicalShare(physical: MemorySize(bytes: 0)))
        }
        let share = MemorySize(bytes: (physical.bytes * defaultShare).rounded(.down))
        return MemoryBudget(limit: min(share, defaultCeiling), origin: .physicalShare(physical: physical))
    }

    /// Physical memory, or the cgroup (v2) limit the process runs under when lower.
    public static func physicalMemory() -> MemorySize? {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return nil }
        var bytes = Double(pages) * Double(pageSize)
        if let text = try? String(contentsOfFile: "/sys/fs/cgroup/memory.max", encoding: .utf8),
           let cgroup = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), cgroup > 0 {
            bytes = Swift.min(bytes, cgroup)
        }
        return MemorySize(bytes: bytes)
    }

    /// The most bytes a data file, or its inflated contents, may have
    /// under this budget (without a limit, the loaders' own 1 GiB cap).
    var fileLimit: Int {
        limit.bytes.isFinite ? Int(Swift.min(limit.bytes, Double(Int.max / 2))) : Gzip.defaultLimit
    }

    /// Whether `need` fits.
    public func allows(_ need: MemorySize) -> Bool { need.bytes <= limit.bytes }

    /// "the 4.0 GiB memory limit (a quarter of this machine's 23.5 GiB, at
    /// most 4 GiB; --memory-limit changes it)".
    public var limitDescription: String {
        switch origin {
        case .physicalShare(let physical) where physical.bytes > 0:
            return "the \(limit) memory limit (a quarter of this machine's \(physical), at most \(Self.defaultCeiling); "
                + "--memory-limit changes it)"
        case .physicalShare:
            return "the \(limit) memory limit (this machine does not report its memory; --memory-limit changes it)"
        case .option:
            return "the --memory-limit of \(limit)"
        case .unlimited:
            return "no memory limit"
        }
    }

    /// The one line that refuses `need`: what needs it, how much, the
    /// limit, and (`detail`) where most of it goes.
    public func refusal(_ what: String, needs need: MemorySize, detail: String? = nil) -> String {
        "\(what) needs about \(need), more than \(limitDescription)" + (detail.map { "; \($0)" } ?? "")
    }
}
