import Datasets
import Foundation
import NeuralNet

/// How `actview train` prints its epochs: an aligned table for people, CSV
/// with a header for spreadsheets, JSON lines for scripts. Regression runs
/// report RMSE and R² (their loss is the mean squared error: the table gives
/// its root, CSV and JSON the loss itself beside RMSE and R²).
enum EpochReport {
    static func header(_ format: ReportFormat, hiddenLayers: Int, task: LearningTask = .classification) -> String? {
        let regression = task == .regression
        switch format {
        case .table:
            return regression
                ? "epoch  seconds  train-rmse  test-rmse   train-R²  test-R²  dead%   sat%   zig%  |grad W| in→out"
                : "epoch  seconds  train-loss  test-loss  train-acc  test-acc  dead%   sat%   zig%  |grad W| in→out"
        case .csv:
            var columns = ["epoch", "seconds", "train_loss", "test_loss"]
                + (regression ? ["train_rmse", "test_rmse", "train_r2", "test_r2"] : ["train_accuracy", "test_accuracy"])
            for layer in 1...max(hiddenLayers, 1) where hiddenLayers > 0 {
                columns += ["dead_\(layer)", "saturated_\(layer)", "grad_norm_\(layer)", "zigzag_\(layer)"]
            }
            columns.append("grad_norm_out")
            return columns.joined(separator: ",")
        case .json:
            return nil
        }
    }

    /// One epoch, or one evaluation within an epoch (`epoch` 2.25). `seconds`
    /// is the training-loop time since the previous line.
    static func line(_ format: ReportFormat, epoch: Double, seconds: Double, snapshot s: TrainingSnapshot) -> String {
        let epoch = epochText(epoch)
        switch format {
        case .table:
            let units = s.layers.reduce(0) { $0 + $1.unitCount }
            let dead = s.layers.reduce(0.0) { $0 + $1.deadShare * Double($1.unitCount) } / Double(max(units, 1))
            let saturated = s.layers.reduce(0.0) { $0 + $1.saturatedShare * Double($1.unitCount) } / Double(max(units, 1))
            // Pooled over the layers: every per-example update counts once.
            let updates = s.layers.reduce(0) { $0 + $1.zigzagUpdates }
            let zigzag = s.layers.reduce(0.0) { $0 + $1.zigzagShare * Double($1.zigzagUpdates) } / Double(max(updates, 1))
            var norms = (s.layers.map(\.gradientNorm) + [s.outputGradientNorm]).map { String(format: "%.0e", $0) }
            if norms.count > 4 {
                // Deep nets: the first and last hidden layers and the output
                // layer fit in 100 columns; csv and json carry every layer.
                norms = [norms[0], "…", norms[norms.count - 2], norms[norms.count - 1]]
            }
            // A net without hidden layers has no units to be dead, saturated or zigzag.
            let health = s.layers.isEmpty ? "    -      -      -  "
                : String(format: "%5.1f  %5.1f  %5.1f  ", dead * 100, saturated * 100, zigzag * 100)
            // Regression: RMSE (the root of the loss, its mean squared
            // error, which CSV and JSON carry) and R², in the same columns.
            let metrics = s.task == .regression
                ? pad(number(s.trainRMSE, digits: 5), 10) + "  " + pad(number(s.testRMSE, digits: 5), 9) + "  "
                    + pad(fixed(s.trainR2), 9) + "  " + pad(fixed(s.testR2), 8) + "  "
                : pad(number(s.trainLoss, digits: 5), 10) + "  " + pad(number(s.testLoss, digits: 5), 9) + "  "
                    + pad(percent(s.trainAccuracy), 9) + "  " + pad(percent(s.testAccuracy), 8) + "  "
            return pad(String(epoch), 5) + "  " + pad(String(format: "%.3f", seconds), 7) + "  "
                + metrics + health + norms.joined(separator: " ")
        case .csv:
            var fields = ["\(epoch)", String(format: "%.4f", seconds), csv(s.trainLoss), csv(s.testLoss)]
                + (s.task == .regression ? [csv(s.trainRMSE), csv(s.testRMSE), csv(s.trainR2), csv(s.testR2)]
                    : [csv(s.trainAccuracy), csv(s.testAccuracy)])
            for layer in s.layers {
                fields += [String(format: "%.4f", layer.deadShare), String(format: "%.4f", layer.saturatedShare),
                           String(format: "%.6g", layer.gradientNorm), String(format: "%.4f", layer.zigzagShare)]
            }
            fields.append(String(format: "%.6g", s.outputGradientNorm))
            return fields.joined(separator: ",")
        case .json:
            let layers = s.layers.map { layer in
                var fields = [
                    "\"activation\":\"\(layer.activation?.rawValue ?? "")\"", "\"units\":\(layer.unitCount)",
                    "\"dead\":\(json(layer.deadShare))", "\"saturated\":\(json(layer.saturatedShare))",
                    "\"gradient_norm\":\(json(layer.gradientNorm))", "\"mean\":\(json(layer.activationMean))",
                    "\"std\":\(json(layer.activationStandardDeviation))", "\"zigzag\":\(json(layer.zigzagShare))",
                ]
                if let alpha = layer.preluAlpha {
                    fields.append("\"alpha\":{\"mean\":\(json(alpha.mean)),\"min\":\(json(alpha.minimum)),\"max\":\(json(alpha.maximum))}")
                }
                return "{" + fields.joined(separator: ",") + "}"
            }
            let metrics = s.task == .regression
                ? ["\"train_rmse\":\(json(s.trainRMSE))", "\"test_rmse\":\(json(s.testRMSE))",
                   "\"train_r2\":\(json(s.trainR2))", "\"test_r2\":\(json(s.testR2))"]
                : ["\"train_accuracy\":\(json(s.trainAccuracy))", "\"test_accuracy\":\(json(s.testAccuracy))"]
            let fields = [
                "\"epoch\":\(epoch)", "\"seconds\":\(json(seconds))", "\"step\":\(s.step)",
                "\"train_loss\":\(json(s.trainLoss))", "\"test_loss\":\(json(s.testLoss))",
            ] + metrics + [
                "\"layers\":[\(layers.joined(separator: ","))]", "\"output_gradient_norm\":\(json(s.outputGradientNorm))",
            ]
            return "{" + fields.joined(separator: ",") + "}"
        }
    }

    /// "3" at an epoch's end, "2.25" within one.
    static func epochText(_ epoch: Double) -> String {
        epoch == epoch.rounded() && abs(epoch) < 1e9 ? String(Int(epoch)) : String(format: "%.2f", epoch)
    }

    /// Right-aligned in `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func number(_ value: Double?, digits: Int) -> String {
        guard let value else { return "-" }
        return String(format: "%.\(digits)g", value)
    }

    /// R²: four decimals, which a fit near 1 needs.
    static func fixed(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.4f", value)
    }

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.2f%%", value * 100)
    }

    static func csv(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return String(format: "%.6g", value)
    }

    static func json(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "null" }
        return String(format: "%.6g", value)
    }
}
