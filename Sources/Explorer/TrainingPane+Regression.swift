import NeuralNet
import TermPlot

extension TrainingPane {
    /// "train 97% · test 95%", or for regression "RMSE: train 0.021 · test 0.020".
    func metricFigure(_ s: TrainingSnapshot?, strings: Strings, options: RenderOptions) -> String {
        let unicode = options.unicode
        guard explorer.configuration.task == .regression else {
            return strings.accuracies(train: NumberText.percent(s?.trainAccuracy, unicode: unicode),
                                      test: NumberText.percent(s?.testAccuracy, unicode: unicode),
                                      separator: unicode ? " · " : " | ")
        }
        // Labelled as the accuracies are: "RMSE: train 0.05 · test 0.06".
        let separator = unicode ? " · " : " | "
        let rmse = strings.accuracies(train: NumberText.compact(s?.trainRMSE, unicode: unicode),
                                      test: NumberText.compact(s?.testRMSE, unicode: unicode), separator: separator)
        return "RMSE: \(rmse)"
    }

    /// R² beside the RMSE, for regression: "R²: train 0.995 · test 0.995".
    func fitFigure(_ s: TrainingSnapshot?, strings: Strings, options: RenderOptions) -> String? {
        guard explorer.configuration.task == .regression else { return nil }
        let unicode = options.unicode
        let r2 = strings.accuracies(train: NumberText.fixed(s?.trainR2, 3, unicode: unicode),
                                    test: NumberText.fixed(s?.testR2, 3, unicode: unicode), separator: unicode ? " · " : " | ")
        return "\(unicode ? "R²" : "R2"): \(r2)"
    }
}
