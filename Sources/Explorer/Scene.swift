import NeuralNet

/// Everything a teacher set up: what trains (the configuration, from the
/// same seed the same initial weights) and how it is shown. A scene file
/// holds one; `actview explore --scene FILE` opens it again exactly.
public struct Scene: Sendable, Hashable {
    public var configuration: TrainingConfiguration
    /// The preset the scene came from, for its banner; nil for none.
    public var preset: TrainingPreset?
    /// False once a key has left the preset's race.
    public var runsRace: Bool
    public var view: SceneView

    public init(configuration: TrainingConfiguration, preset: TrainingPreset? = nil, runsRace: Bool = false,
                view: SceneView = SceneView()) {
        self.configuration = configuration
        self.preset = preset
        self.runsRace = runsRace
        self.view = view
    }
}
