import NeuralNet
import TermPlot

extension TrainingPane {
    /// "accuracy 97%/95%", or for regression "RMSE 0.021/0.020 R² 0.995/0.995".
    func metricFigure(_ s: TrainingSnapshot?, strings: Strings, options: RenderOptions) -> String {
        let unicode = options.unicode
        guard explorer.configuration.task == .regression else {
            return "\(strings.accuracy) \(NumberText.percent(s?.trainAccuracy, unicode: unicode))/\(NumberText.percent(s?.testAccuracy, unicode: unicode))"
        }
        return "RMSE \(NumberText.compact(s?.trainRMSE, unicode: unicode))/\(NumberText.compact(s?.testRMSE, unicode: unicode)) "
            + "\(unicode ? "R²" : "R2") \(NumberText.fixed(s?.trainR2, 3, unicode: unicode))/\(NumberText.fixed(s?.testR2, 3, unicode: unicode))"
    }
}
