import Activations
import Explorer
import Foundation

/// The lessons built in, by name, and `actview lesson NAME|FILE`'s choice
/// between a name and a file.
public enum LessonLibrary {
    public static let names = ["lecture"]

    /// The built-in lesson's file, as shipped (and as the README shows it).
    public static func source(of name: String) -> String? {
        guard names.contains(name),
              let url = Bundle.module.url(forResource: name, withExtension: "yaml"),
              let data = try? Data(contentsOf: url) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// A built-in lesson by name, or else the lesson file at that path.
    public static func lesson(named nameOrPath: String) throws(LessonError) -> Lesson {
        if let text = source(of: nameOrPath) {
            return try LessonFile.parse(text, file: "\(nameOrPath).yaml")
        }
        guard FileManager.default.fileExists(atPath: nameOrPath) else {
            let close = NameSuggestions.closest(to: nameOrPath, among: names)
            let hint = close.isEmpty ? "" : " (did you mean: \(close.joined(separator: ", "))?)"
            throw LessonError("no lesson '\(nameOrPath)'\(hint): give a built-in name (\(names.joined(separator: ", "))) or a lesson file (.yaml)")
        }
        return try LessonFile.read(path: nameOrPath)
    }
}
