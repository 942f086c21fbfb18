import Foundation
import Testing

/// Golden text files, for every test target that renders screens or charts.
/// A file holds the rendered text followed by one newline. A mismatch fails
/// with the differing lines; `ACTVIEW_UPDATE_GOLDEN=1` rewrites the files
/// on purpose instead.
public enum GoldenFile {
    public static var isUpdating: Bool { ProcessInfo.processInfo.environment["ACTVIEW_UPDATE_GOLDEN"] == "1" }

    public static func check(_ actual: String, named name: String, in directory: URL,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        let text = actual.hasSuffix("\n") ? actual : actual + "\n"
        if isUpdating {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
                print("note: golden file \(name) written (ACTVIEW_UPDATE_GOLDEN=1)")
            } catch {
                Issue.record("golden file \(name) not written: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("golden file \(name) is missing; run with ACTVIEW_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            Issue.record(Comment(rawValue: "golden file \(name) differs:\n\(diff(expected: expected, actual: text))"),
                         sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected (-) above actual (+); at most 40.
    public static func diff(expected: String, actual: String) -> String {
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
            if out.count >= 40 {
                out.append("…")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
