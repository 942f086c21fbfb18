import Foundation
import Testing

/// `actview snapshot --keys` with the mouse: clicks, double-clicks and the
/// wheel at cells, as a teacher would script a screenshot.
@Suite struct SnapshotMouseTests {
    func snapshot(_ keys: String) throws -> (status: Int32, text: String, stderr: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("actview-snapshot-mouse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("screen.txt")
        let r = try BinaryRunner.run(["snapshot", "--steps", "0", "--size", "100x30", "--keys", keys, "--out", out.path])
        return (r.status, (try? String(contentsOf: out, encoding: .utf8)) ?? "", r.stderr)
    }

    @Test func aDoubleClickZoomsAndTheWheelNarrowsTheRange() throws {
        let zoomed = try snapshot("<dclick:5,20>")
        #expect(zoomed.status == 0, "\(zoomed.stderr)")
        #expect(zoomed.text.split(separator: "\n")[1].hasPrefix("┌─ Training"))
        let narrow = try snapshot("<wheelup:20,8><wheelup:20,8>")
        #expect(narrow.status == 0)
        // ±6 halved twice: the axis runs −1.5…1.5, so every tick under it is within ±1.5.
        let lines = narrow.text.split(separator: "\n").map(String.init)
        let axis = try #require(lines.firstIndex { $0.hasPrefix("│  └─") })
        let ticks = lines[axis + 1].prefix(50).split(separator: " ").compactMap { Double($0.replacingOccurrences(of: "│", with: "")) }
        #expect(!ticks.isEmpty && ticks.allSatisfy { abs($0) <= 1.5 }, "\(lines[axis + 1])")
    }

    @Test func badCellsAreOneLine() throws {
        for keys in ["<click:5>", "<click:-1,3>", "<click:5,99999>", "<dclick:a,b>"] {
            let r = try snapshot(keys)
            #expect(r.status == 1, "\(keys)")
            #expect(r.stderr.hasPrefix("actview: --keys: bad <") && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        }
    }
}
