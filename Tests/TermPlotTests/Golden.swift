import Foundation
import Testing

/// Compares rendered text with a file in `Golden/` next to this source
/// file. With `ACTVIEW_UPDATE_GOLDEN=1` the file is (re)written instead and
/// the check passes with a note; otherwise a difference fails the test and
/// shows the differing lines.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["ACTVIEW_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if isUpdating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            print("note: golden file \(name) written (ACTVIEW_UPDATE_GOLDEN=1)")
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run with ACTVIEW_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let message = "golden file \(name) differs:\n\(diff(expected: expected, actual: text))"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected (-) above actual (+).
    static func diff(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let l = i < a.count ? String(a[i]) : "<none>"
            let r = i < b.count ? String(b[i]) : "<none>"
            if l != r {
                let number = String(repeating: " ", count: max(0, 3 - String(i + 1).count)) + String(i + 1)
                out.append("\(number) - |\(l)|")
                out.append("\(number) + |\(r)|")
            }
        }
        return out.joined(separator: "\n")
    }
}
