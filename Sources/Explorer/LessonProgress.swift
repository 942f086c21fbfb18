/// Where the explorer is in its lesson, and what was measured on the way.
struct LessonProgress: Sendable, Hashable {
    var lesson: Lesson
    var index = 0
    /// Claims measured so far, by name (each is measured once).
    var measurements: [String: LessonMeasurement] = [:]
    /// The step the entry's training pauses at (`LessonStep.trainSteps`).
    var pauseAtStep: Int?

    var step: LessonStep { lesson.steps[index] }
}
