import Foundation
@testable import Explorer
import TermPlot
import Testing

/// A scene remembers the focused and the zoomed pane: in its file, in its
/// command, and when it opens again; files from before read as before.
@Suite struct SceneFocusTests {
    @Test func focusAndZoomRoundTripThroughTheFileAndTheCommand() throws {
        var e = try Explorer(options: ExplorerOptions())
        for key in try KeyNotation.parse("<Tab><Tab>z") { _ = e.update(.key(key)) }
        let scene = e.scene
        #expect(scene.view.focus == .health)
        #expect(scene.view.zoomedPane == .health)
        let data = try scene.fileData()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"focus\" : \"health\""))
        #expect(text.contains("\"zoom\" : \"health\""))
        let read = try Scene.read(data, source: "scene.json")
        #expect(read == scene)
        #expect(scene.command.hasSuffix("--focus health --zoom health --lang en"), "\(scene.command)")
        // Reopened, the health pane fills the body again.
        let reopened = try Explorer(options: ExplorerOptions(scene: read, theme: .dark))
        #expect(reopened.focus == .health && reopened.zoomedPane == .health)
        #expect(reopened.view(width: 100, height: 30).text(ofRow: 1).hasPrefix("┌─ Layer health"))
    }

    @Test func theDefaultsAreLeftOutOfTheCommandAndTheFileKeepsNoZoom() throws {
        let scene = try Explorer(options: ExplorerOptions()).scene
        #expect(!scene.command.contains("--focus") && !scene.command.contains("--zoom"))
        #expect(!String(decoding: try scene.fileData(), as: UTF8.self).contains("\"zoom\""))
    }

    @Test func olderFilesOpenUnfocusedAndUnzoomed() throws {
        var scene = try Explorer(options: ExplorerOptions()).scene
        scene.view.focus = .notes
        scene.view.zoomedPane = .notes
        var json = try #require(try JSONSerialization.jsonObject(with: scene.fileData()) as? [String: Any])
        var view = try #require(json["view"] as? [String: Any])
        view["focus"] = nil
        view["zoom"] = nil
        json["view"] = view
        let old = try Scene.read(try JSONSerialization.data(withJSONObject: json), source: "old.json")
        #expect(old.view.focus == .activation)
        #expect(old.view.zoomedPane == nil)
        // An unknown pane is one line naming the choices.
        view["zoom"] = "sidebar"
        json["view"] = view
        #expect(throws: ExplorerError.self) { try Scene.read(try JSONSerialization.data(withJSONObject: json), source: "bad.json") }
        do {
            _ = try Scene.read(try JSONSerialization.data(withJSONObject: json), source: "bad.json")
        } catch {
            #expect("\(error)".contains("view.zoom: unknown pane 'sidebar'; use activation, training, health"), "\(error)")
        }
    }
}
