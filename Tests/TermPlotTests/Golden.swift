import Foundation
import GoldenFiles
import Testing

/// This target's golden files, in `Golden/` beside this file.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        GoldenFile.check(actual, named: name, in: directory, sourceLocation: sourceLocation)
    }
}
