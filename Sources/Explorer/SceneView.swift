import TermPlot

/// How the explorer shows a run, apart from what it trains: the pace, the
/// activation plot's x range and cursor, the highlighted layer, the loss
/// chart's scale and ghost, whether it starts paused, and the look.
public struct SceneView: Sendable, Hashable {
    /// Optimiser steps per second; nil trains as fast as the machine allows.
    public var stepsPerSecond: Double? = ExplorerOptions.defaultStepsPerSecond
    /// The activation plot shows x in `-halfWidth...halfWidth`.
    public var halfWidth: Double = 6
    public var cursorX: Double = 1
    /// 0-based; the histogram and health highlight follow it.
    public var highlightedLayer = 0
    public var logScaleLoss = false
    public var showsGhost = true
    public var startsPaused = false
    /// `auto` (the default) follows the terminal's background; see `Theme.matching`.
    public var themeName = Theme.automaticName
    public var language: Language = .english
    /// The pane Tab, the arrows and `z` act on.
    public var focus: Pane = .activation
    /// The pane shown full-screen, if any.
    public var zoomedPane: Pane?

    public init() {}

    /// The x ranges `[` and `]` move between.
    public static let halfWidthRange: ClosedRange<Double> = 0.75...48
}
