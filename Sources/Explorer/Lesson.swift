/// A class as a sequence of steps, walked with → and ←.
public struct Lesson: Sendable, Hashable {
    public var title: LessonText
    public var steps: [LessonStep]

    public init(title: LessonText, steps: [LessonStep]) {
        self.title = title
        self.steps = steps
    }
}
