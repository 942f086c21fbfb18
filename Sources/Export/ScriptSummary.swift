import NeuralNet

/// The plain-words account of a run at the top of every exported script.
struct ScriptSummary {
    let run: ExportedRun

    var configuration: TrainingConfiguration { run.configuration }

    var lines: [String] {
        let c = configuration
        var layers = ["\(run.featureCount) inputs"]
        for layer in run.hidden {
            layers.append("\(layer.units) \(Self.describe(layer.activation))")
        }
        layers.append("\(run.classCount) \(c.output == .softmax ? "softmax" : "sigmoid")")
        let batch = run.batchSize == run.trainCount ? "\(run.batchSize) (the whole training set)" : "\(run.batchSize)"
        return [
            "data       \(run.datasetName): \(run.trainCount) training and \(run.testCount) test examples, "
                + "\(run.featureCount) features, \(run.classCount) classes",
            "layers     " + layers.joined(separator: " → ") + (c.useBias ? ", with biases" : ", no biases"),
            "loss       " + lossText,
            "optimiser  " + optimizerText + ", batch " + batch + ", "
                + (c.reduction == .mean ? "mean over the batch" : "summed over the batch"),
            "init       " + initText,
            "epochs     \(c.epochs), seed \(c.seed)"
                + (run.shufflesEachEpoch ? ", examples shuffled every epoch" : ", examples in the data set's order"),
        ]
    }

    var lossText: String {
        switch configuration.output {
        case .softmax:
            "cross-entropy of the softmax (its gradient is actview's delta p − y)"
        case .sigmoid:
            "a sigmoid per class (the lecture's output), trained on the per-class cross-entropy, "
                + "whose gradient is actview's delta a − y; reported as ½Σ(a − y)², as actview reports it"
        }
    }

    var optimizerText: String {
        let c = configuration
        let rate = "lr \(PythonLiteral.float(c.learningRate.value))"
        let decay = c.weightDecay > 0 ? ", L2 weight decay \(PythonLiteral.float(c.weightDecay)) on the weights" : ""
        switch c.optimizer {
        case .gd: return "gradient descent, " + rate + decay
        case .sgd: return "sgd, " + rate + decay
        case .momentum: return "momentum 0.9, " + rate + decay
        case .nesterov: return "nesterov momentum 0.9, " + rate + decay
        case .adam: return "adam (β₁ 0.9, β₂ 0.999, ε 1e-8), " + rate + decay
        case .rmsprop: return "rmsprop (ρ 0.9, ε 1e-7), " + rate + decay
        }
    }

    var initText: String {
        var names: [String] = []
        for name in run.hidden.map(\.initializer.name) where !names.contains(name) { names.append(name) }
        let bias = configuration.initialBias == 0 ? "" : "; hidden biases start at \(PythonLiteral.float(configuration.initialBias))"
        return "hidden " + names.joined(separator: ", ") + "; output " + run.outputInitializer.name
            + (configuration.initializer == .automatic ? " (auto)" : "") + bias
    }

    /// "relu", "leaky-relu slope 0.2", "prelu α from 0.25", "maxout k = 3".
    static func describe(_ activation: LayerActivation) -> String {
        switch activation {
        case .prelu(let slope): return "prelu (α learned per unit, from \(PythonLiteral.float(slope)))"
        case .maxout(let pieces): return "maxout (k = \(pieces))"
        case .activation(let f):
            let parameters = f.entry.parameters.map { "\($0.name) \(PythonLiteral.float(f.parameters[$0.name] ?? $0.defaultValue))" }
            return parameters.isEmpty ? f.name : f.name + " (" + parameters.joined(separator: ", ") + ")"
        }
    }
}
