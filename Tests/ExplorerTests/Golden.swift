import Foundation
import Testing

/// Golden text files in `Golden/` beside this file. A mismatch fails with a
/// readable diff; `ACTVIEW_UPDATE_GOLDEN=1` rewrites the files on purpose.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["ACTVIEW_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if isUpdating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(name); run with ACTVIEW_UPDATE_GOLDEN=1 to create it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("\(name) differs from the golden file:\n\(diff(expected: expected, actual: actual))",
                         sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, expected then actual.
    static func diff(expected: String, actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let le = i < e.count ? e[i] : "<none>", la = i < a.count ? a[i] : "<none>"
            if le != la {
                out.append(String(format: "%3d - %@", i + 1, le))
                out.append(String(format: "%3d + %@", i + 1, la))
            }
            if out.count >= 40 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}
