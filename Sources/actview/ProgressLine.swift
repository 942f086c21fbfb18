import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar with an ETA on stderr, drawn only when stderr is
/// a terminal (plain logs stay clean) and at most ten times a second.
struct ProgressLine {
    let enabled = isatty(2) == 1
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var visible = false

    mutating func draw(label: String, fraction: Double, secondsSoFar: Double) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let width = 30
        let filled = max(0, min(width, Int(fraction * Double(width))))
        let remaining = fraction > 0 ? secondsSoFar * (1 - fraction) / fraction : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        writeStandardError("\r\u{1B}[K\(label) [\(bar)] " + String(format: "%3.0f%%", fraction * 100)
                           + " ETA \(Self.duration(remaining))")
        visible = true
    }

    mutating func clear() {
        guard enabled, visible else { return }
        writeStandardError("\r\u{1B}[K")
        visible = false
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(seconds.rounded())
        return total >= 60 ? "\(total / 60)m\(String(format: "%02d", total % 60))s" : "\(total)s"
    }
}
