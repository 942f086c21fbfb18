/// A lesson file that cannot be taught from, as one line: the file, the
/// line and the key (`lesson.yaml:12: steps[3].preset: …`).
public struct LessonError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }

    init(file: String, line: Int?, key: String?, _ message: String) {
        let place = line.map { "\(file):\($0)" } ?? file
        description = [place, key, message].compactMap { $0 }.joined(separator: ": ")
    }
}
