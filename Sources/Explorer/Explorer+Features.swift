import Datasets
import NeuralNet

/// `f` / `F`: the input features of a 2-D set, stepped through
/// `InputFeatures.explorerCycle`, each step a fair restart (same seed and
/// data order; the same initial weights where the input count is unchanged).
extension Explorer {
    mutating func cycleFeatures(forward: Bool) -> [Effect] {
        let strings = Strings.of(options.language)
        guard configuration.dataset.isPlanar else {
            show(strings.featuresNeedPlane)
            return []
        }
        let all = InputFeatures.explorerCycle
        let next: InputFeatures
        if let i = all.firstIndex(of: configuration.inputFeatures) {
            next = all[(i + (forward ? 1 : all.count - 1)) % all.count]
        } else {
            // A set from the command line that is not on the cycle.
            next = forward ? all[0] : all[all.count - 1]
        }
        let sameShape = next.count == configuration.inputFeatures.count
        configuration.inputFeatures = next
        show(strings.featuresChanged(next, sameShape: sameShape))
        return restart(keepingGhost: true)
    }
}

extension Explorer {
    /// The sets `d` steps through: every built-in set, but only the
    /// classification sets during a race, whose target is a training
    /// accuracy that a regression run never has.
    var datasetCycle: [DatasetSpec] {
        race == nil ? DatasetSpec.builtIn : DatasetSpec.builtIn.filter { $0.intrinsicTask == .classification }
    }
}
