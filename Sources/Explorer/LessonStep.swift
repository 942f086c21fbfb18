import TermPlot

/// One step of a lesson: the scene it opens (a full configuration and
/// view), keys pressed on entry, steps trained on entry before it pauses,
/// the caption, and the claim whose measured figures the caption shows.
public struct LessonStep: Sendable, Hashable {
    /// Names the step's files (`--snapshot`); English.
    public var name: String
    /// The name on the progress line, in the lesson's language.
    public var displayName: LessonText
    public var scene: Scene
    /// Pressed in order as the step opens (`M`, `g`…), as a class would.
    public var keys: [Key]
    /// Optimiser steps run as the step opens, then paused; nil runs as the
    /// scene says (paused or not).
    public var trainSteps: Int?
    /// May hold placeholders (`LessonCaption.placeholders`), filled from
    /// measurements as the step is shown.
    public var caption: LessonText
    /// The claim measured as the step opens (an `actview claims` name).
    public var claim: String?

    /// What a caption may say in braces: the step's claim as measured
    /// (`{claim}`, `{measured}`, `{verdict}`, `{reason}`), and the run on
    /// screen now.
    public static let captionPlaceholders = ["claim", "measured", "verdict", "reason", "step", "epoch", "train_loss",
                                             "test_loss", "train_accuracy", "test_accuracy"]
    /// The placeholders that need the step's claim.
    public static let claimPlaceholders: Set<String> = ["claim", "measured", "verdict", "reason"]

    public init(name: String, displayName: LessonText? = nil, scene: Scene, keys: [Key] = [], trainSteps: Int? = nil,
                caption: LessonText, claim: String? = nil) {
        self.name = name
        self.displayName = displayName ?? LessonText(english: name, korean: name)
        self.scene = scene
        self.keys = keys
        self.trainSteps = trainSteps
        self.caption = caption
        self.claim = claim
    }
}
