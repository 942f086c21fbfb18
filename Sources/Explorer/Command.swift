/// Everything a key can ask the explorer to do. Keys map to commands through
/// `KeyBinding.all`, which also writes the help overlay, so every key that
/// works is listed there.
enum Command: Hashable, Sendable {
    case nextActivation, previousActivation
    case favourite(Int)
    case openPicker
    case togglePause, step, restart, newSeed, continueRun, openingScene, mark
    case checkpointBack, checkpointForward
    case learningRateUp, learningRateDown, lectureStep
    case slower, faster
    case cursorLeft, cursorRight, nextNotablePoint, zoomIn, zoomOut
    case toggleLogLoss, toggleGhost
    case previousLayer, nextLayer
    case cycleInitializer, cycleOptimizer, cycleDataset, cyclePreset
    case nextFeatures, previousFeatures
    case screenshot, exportMetrics, saveScene, showCommand
    case focusNext, focusPrevious, toggleZoom
    case previousInitializer, previousOptimizer, previousDataset, previousPreset
    /// Up, Down, PgUp, PgDn, Home, End in the focused list.
    case listUp, listDown, listPageUp, listPageDown, listFirst, listLast
    /// Esc: closes a window or leaves a zoom; it never quits.
    case closeWindow
    case addLayer, removeLayer, addUnit, removeUnit, nextLayerActivation, previousLayerActivation
    case toggleShading, toggleTestPoints, enlargeTile, openSettings
    case help, quit
}
