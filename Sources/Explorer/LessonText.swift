/// A lesson's words in the two languages the lecture is taught in.
public struct LessonText: Sendable, Hashable {
    public var english: String
    public var korean: String

    public init(english: String, korean: String) {
        self.english = english
        self.korean = korean
    }

    public func text(in language: Language) -> String {
        language == .korean ? korean : english
    }
}
