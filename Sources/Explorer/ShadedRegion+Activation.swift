import Activations
import TermPlot

extension ShadedRegion {
    /// An activation's saturated and zero-slope ranges over samples `xs`, by
    /// the one rule in `Activations/Saturation.swift`; `plot` and the
    /// explorer's activation pane both shade with it.
    public static func regions(of activation: Activation, at xs: [Double], saturatedLabel: String? = nil,
                               zeroSlopeLabel: String? = nil) -> [ShadedRegion] {
        let tails = activation.saturatedTails
        let kinds: [Kind?] = xs.map { x in
            switch activation.slopeRegion(at: x, tails: tails) {
            case .saturated: .saturated
            case .zeroSlope: .dead
            case nil: nil
            }
        }
        return regions(xs: xs, kinds: kinds).map {
            ShadedRegion(lowerX: $0.lowerX, upperX: $0.upperX, kind: $0.kind,
                         label: $0.kind == .dead ? zeroSlopeLabel : saturatedLabel)
        }
    }
}
