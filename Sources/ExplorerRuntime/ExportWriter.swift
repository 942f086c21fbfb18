import Explorer
import FileOutput
import Foundation
import TermPlot

/// Carries out the explorer's save effects: files go to the working
/// directory under new timestamped names, written atomically and never over
/// an existing file. Each returns the line for the status bar, success or not.
public struct ExportWriter: Sendable {
    public var directory: URL

    public init(directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.directory = directory
    }

    /// The view as SVG and as plain text, under one shared stem.
    public func saveScreenshot(_ screen: Screen, theme: Theme, at seconds: Int = Int(time(nil))) -> String {
        let stem = TimestampedName.stem(prefix: "actview", at: seconds)
        let svg = Data(screen.svg(theme: theme).utf8)
        let text = Data(screen.plainText().utf8)
        do {
            // The SVG claims the name; the text file then takes the same stem.
            let svgURL = try AtomicFile.writeNew(svg, directory: directory, stem: stem, extension: "svg")
            let takenStem = svgURL.deletingPathExtension().lastPathComponent
            let textURL = directory.appendingPathComponent(takenStem + ".txt")
            do {
                try AtomicFile.write(text, to: textURL, overwrite: false)
            } catch let error as AtomicFile.WriteError {
                return "saved \(svgURL.lastPathComponent), but \(error.description)"
            }
            return "saved \(svgURL.lastPathComponent) and \(textURL.lastPathComponent)"
        } catch {
            return "screenshot not saved: \(error)"
        }
    }

    /// The scene as JSON under `actview-scene-<time>.json`, for
    /// `actview explore --scene`.
    public func saveScene(_ scene: Scene, at seconds: Int = Int(time(nil))) -> String {
        let stem = TimestampedName.stem(prefix: "actview-scene", at: seconds)
        do {
            let url = try AtomicFile.writeNew(try scene.fileData(), directory: directory, stem: stem, extension: "json")
            return "saved \(url.lastPathComponent)"
        } catch {
            return "scene not saved: \(error)"
        }
    }

    /// The metrics CSV under `actview-metrics-<time>.csv`.
    public func exportMetrics(_ csv: String, at seconds: Int = Int(time(nil))) -> String {
        let stem = TimestampedName.stem(prefix: "actview-metrics", at: seconds)
        do {
            let url = try AtomicFile.writeNew(Data(csv.utf8), directory: directory, stem: stem, extension: "csv")
            return "saved \(url.lastPathComponent)"
        } catch {
            return "metrics not saved: \(error)"
        }
    }
}
