import NeuralNet

/// What the exported scripts do not reproduce yet, refused in one line
/// before a script is written, rather than a script that trains something
/// else.
public enum ExportSupport {
    /// Why `configuration` cannot be exported, or nil when it can.
    public static func refusal(_ configuration: TrainingConfiguration) -> String? {
        var missing: [String] = []
        if configuration.task == .regression { missing.append("regression (\(configuration.dataset.kindName))") }
        if configuration.inputFeatures != .plain { missing.append("input features (--features \(configuration.inputFeatures.spelling))") }
        if configuration.l1Penalty != 0 { missing.append("the L1 penalty (--l1)") }
        guard !missing.isEmpty else { return nil }
        return "export writes classification runs on the plain inputs with L2 weight decay only; "
            + "\(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") not exported"
    }
}
