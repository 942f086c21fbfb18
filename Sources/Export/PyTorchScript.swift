import NeuralNet

/// A self-contained PyTorch script that builds and trains the network of an
/// `ExportedRun`: the same layers, activations, initialiser, loss,
/// reduction, optimiser, data and epochs, and with `--same-start` actview's
/// initial weights and order of examples, so it reproduces actview's
/// losses. Float32 throughout, as actview trains.
public struct PyTorchScript: Sendable {
    public let run: ExportedRun

    public init(_ run: ExportedRun) {
        self.run = run
    }

    var configuration: TrainingConfiguration { run.configuration }
    var data: PythonDataSection { PythonDataSection(run: run) }

    public var text: String {
        var sections = [header, imports, settings, heading("Data: exactly actview's") + data.code, tensors]
        let helpers = self.helpers.map(\.code)
        sections.append(heading("Network") + (helpers + [network]).joined(separator: "\n\n\n"))
        sections.append(initialise)
        if run.start != nil { sections.append(loadStart) }
        sections += [heading("Loss and optimiser") + loss, optimiser]
        if configuration.optimizer == .adam { sections.append(adam) }
        sections += [heading("Training") + training]
        if let start = run.start { sections.append(heading("actview's starting point (--same-start)") + startBlock(start)) }
        sections.append("if __name__ == \"__main__\":\n    main()")
        return sections.joined(separator: "\n\n\n") + "\n"
    }

    /// `# ── Network ────…`, 79 columns, and a blank line.
    private func heading(_ title: String) -> String {
        "# ── \(title) " + String(repeating: "─", count: max(3, 73 - title.count)) + "\n\n"
    }

    // MARK: - Header and settings

    private var header: String {
        let c = configuration
        var lines = [
            "#!/usr/bin/env python3",
            "\"\"\"actview's network in PyTorch: \(run.datasetName), \(run.shape) \(activationList), \(c.output.rawValue) output.",
            "",
            "Exported with: " + PythonLiteral.docstringLine(run.command),
            "",
        ]
        lines += ScriptSummary(run: run).lines.map { "  " + PythonLiteral.docstringLine($0) }
        lines.append("")
        if run.start != nil {
            lines += [
                "With --same-start it also carries actview's initial weights (the block at the",
                "end) and takes the examples in actview's order, so its losses follow",
                "`actview train ... --format csv` with the same options: float32 in both, they",
                "differ only by rounding (Scripts/check-export.sh requires 1e-3 relative over",
                "5 epochs). It first checks that it rebuilt exactly actview's data (CRC-32s).",
            ]
        } else {
            lines += [
                "It draws its own initial weights with the same rules (torch's generator, seeded",
                "with SEED) and shuffles with torch's generator: the same recipe as actview, not",
                "the same numbers. Export with --same-start to reproduce actview's run itself.",
            ]
        }
        lines += [
            "",
            "Needs PyTorch (a CPU build is enough) and nothing else. Prints one CSV line per",
            "epoch: loss and accuracy over the whole training and test sets after the epoch,",
            "as actview's train_loss, test_loss, train_accuracy and test_accuracy columns.",
            "\"\"\"",
        ]
        return lines.joined(separator: "\n")
    }

    private var activationList: String {
        let names = run.hidden.map(\.activation.name)
        return Set(names).count == 1 ? names[0] : names.joined(separator: ",")
    }

    private var imports: String {
        let modules = (["base64", "sys", "zlib"] + data.imports).sorted()
        return modules.map { "import \($0)" }.joined(separator: "\n") + "\nfrom array import array\nfrom collections import OrderedDict\n\n"
            + "import torch\nimport torch.nn.functional as F\nfrom torch import nn"
    }

    private var settings: String {
        let c = configuration
        var lines = [
            "SEED = \(c.seed)",
            "EPOCHS = \(c.epochs)",
            "BATCH_SIZE = \(run.batchSize)  # examples per step; the training set has \(run.trainCount)",
            "SHUFFLE = \(PythonLiteral.bool(run.shufflesEachEpoch))  # a new order every epoch (actview shuffles when a batch is smaller than the set)",
            "LEARNING_RATE = \(PythonLiteral.float(c.learningRate.value))",
            "WEIGHT_DECAY = \(PythonLiteral.float(c.weightDecay))  # L2: λ·w added to the weight gradients, not to biases or PReLU slopes",
            "MEAN_OVER_BATCH = \(PythonLiteral.bool(c.reduction == .mean))  # False: gradients summed over the batch, as in the lecture",
            "BIAS = \(PythonLiteral.bool(c.useBias))",
            "INITIAL_BIAS = \(PythonLiteral.float(c.initialBias))  # where the hidden layers' biases start",
            "SAME_START = \(PythonLiteral.bool(run.start != nil))  # actview's initial weights and order of examples",
        ]
        lines.append(data.constants)
        lines.append("")
        lines.append("torch.manual_seed(SEED)")
        return lines.joined(separator: "\n")
    }

    private var tensors: String {
        #"""
        def to_tensors(train_x, train_y, test_x, test_y):
            """Float32 features (rows × FEATURES) and int64 labels."""
            def features(values):
                if not values:
                    return torch.zeros(0, FEATURES)
                return torch.frombuffer(values, dtype=torch.float32).view(-1, FEATURES)
            return features(train_x), torch.tensor(train_y), features(test_x), torch.tensor(test_y, dtype=torch.int64)
        """#
    }

    // MARK: - Network

    private var helpers: [PythonHelper] {
        var seen: [PythonHelper] = []
        for layer in run.hidden {
            if let helper = PyTorchActivation(layer.activation, units: layer.units).helper, !seen.contains(helper) {
                seen.append(helper)
            }
        }
        return seen
    }

    private var network: String {
        var lines = [
            "def build_network():",
            "    \"\"\"The layers in actview's order. The output layer gives logits: its "
                + (configuration.output == .softmax ? "softmax" : "sigmoid"),
            "    is applied in the loss and in `predictions`.\"\"\"",
            "    return nn.Sequential(OrderedDict([",
        ]
        for layer in run.hidden {
            let n = layer.number
            if case .maxout(let pieces) = layer.activation {
                lines.append("        (\"hidden\(n)\", Maxout(\(layer.inputCount), \(layer.units), pieces=\(pieces), bias=BIAS)),")
            } else {
                let module = PyTorchActivation(layer.activation, units: layer.units).module ?? "nn.Identity()"
                lines.append("        (\"hidden\(n)\", nn.Linear(\(layer.inputCount), \(layer.units), bias=BIAS)),")
                lines.append("        (\"activation\(n)\", \(module)),")
            }
        }
        lines.append("        (\"output\", nn.Linear(\(run.outputInputCount), \(run.classCount), bias=BIAS)),")
        lines.append("    ]))")
        return lines.joined(separator: "\n")
    }

    /// `model.hidden1`, or `model.hidden1.linear` for maxout.
    private func linear(_ layer: ExportedLayer) -> String {
        layer.pieces > 1 ? "model.hidden\(layer.number).linear" : "model.hidden\(layer.number)"
    }

    private var initialise: String {
        var lines = [
            "@torch.no_grad()",
            "def initialise(model):",
            "    \"\"\"actview's initialisers written out (Sources/NeuralNet/WeightInitializer.swift),",
            "    drawn from torch's generator. fan_out is a layer's units (for maxout too).\"\"\"",
        ]
        func fill(_ target: String, _ formula: InitializerFormula) {
            lines.append("    # \(formula.formula)")
            switch formula.distribution {
            case .uniform:
                lines.append("    bound = \(formula.expression)")
                lines.append("    nn.init.uniform_(\(target).weight, -bound, bound)")
            case .normal:
                lines.append("    nn.init.normal_(\(target).weight, 0.0, \(formula.expression))")
            case .zeros:
                lines.append("    nn.init.zeros_(\(target).weight)")
            }
        }
        for layer in run.hidden {
            fill(linear(layer), InitializerFormula(layer.initializer, fanIn: layer.inputCount, fanOut: layer.units))
            if configuration.useBias { lines.append("    nn.init.constant_(\(linear(layer)).bias, INITIAL_BIAS)") }
        }
        fill("model.output", InitializerFormula(run.outputInitializer, fanIn: run.outputInputCount, fanOut: run.classCount))
        if configuration.useBias { lines.append("    nn.init.zeros_(model.output.bias)") }
        return lines.joined(separator: "\n")
    }

    private var loadStart: String {
        var lines = [
            "@torch.no_grad()",
            "def load_start(model):",
            "    \"\"\"actview's initial weights, biases and PReLU slopes, from START. actview keeps",
            "    a weight matrix input-major (Z = X·W), torch's Linear output-major: hence .t().\"\"\"",
            "    values = torch.frombuffer(bytearray(base64.b64decode(START)), dtype=torch.float32)",
            "    offset = 0",
            "",
            "    def take(*shape):",
            "        nonlocal offset",
            "        count = math.prod(shape)",
            "        offset += count",
            "        return values[offset - count:offset].view(*shape)",
            "",
        ]
        for layer in run.hidden {
            let target = linear(layer)
            let width = layer.units * layer.pieces
            lines.append("    \(target).weight.copy_(take(\(layer.inputCount), \(width)).t())")
            if configuration.useBias { lines.append("    \(target).bias.copy_(take(\(width)))") }
            if case .prelu = layer.activation {
                lines.append("    model.activation\(layer.number).weight.copy_(take(\(layer.units)))")
            }
        }
        lines.append("    model.output.weight.copy_(take(\(run.outputInputCount), \(run.classCount)).t())")
        if configuration.useBias { lines.append("    model.output.bias.copy_(take(\(run.classCount)))") }
        lines.append("    assert offset == len(values), \"START does not fit this network\"")
        return lines.joined(separator: "\n")
    }

    // MARK: - Loss and optimiser

    private var loss: String {
        switch configuration.output {
        case .softmax:
            #"""
            def training_loss(logits, labels):
                """What the optimiser descends: the softmax's cross-entropy summed over the
                batch, divided by the batch's size when MEAN_OVER_BATCH (actview's scale)."""
                loss = F.cross_entropy(logits, labels, reduction="sum")
                return loss / len(labels) if MEAN_OVER_BATCH else loss


            def predictions(logits):
                return torch.softmax(logits, dim=1)


            def reported_loss(logits, labels):
                """The loss actview reports: mean cross-entropy over the set."""
                return F.cross_entropy(logits, labels)
            """#
        case .sigmoid:
            #"""
            def training_loss(logits, labels):
                """What the optimiser descends: a sigmoid per class with the per-class binary
                cross-entropy, summed over classes and the batch (divided by the batch's
                size when MEAN_OVER_BATCH). Its gradient with respect to the logits is
                a − y, actview's (and the lecture's) output delta."""
                targets = F.one_hot(labels, CLASSES).to(logits.dtype)
                loss = F.binary_cross_entropy_with_logits(logits, targets, reduction="sum")
                return loss / len(labels) if MEAN_OVER_BATCH else loss


            def predictions(logits):
                return torch.sigmoid(logits)


            def reported_loss(logits, labels):
                """The loss actview (and the lecture) reports: ½Σ(a − y)² per example, mean over the set."""
                targets = F.one_hot(labels, CLASSES).to(logits.dtype)
                return 0.5 * ((torch.sigmoid(logits) - targets) ** 2).sum(dim=1).mean()
            """#
        }
    }

    private var optimiser: String {
        var weights: [String] = []
        var others: [String] = []
        for layer in run.hidden {
            weights.append(linear(layer) + ".weight")
            if configuration.useBias { others.append(linear(layer) + ".bias") }
            if case .prelu = layer.activation { others.append("model.activation\(layer.number).weight") }
        }
        weights.append("model.output.weight")
        if configuration.useBias { others.append("model.output.bias") }
        let make: String
        switch configuration.optimizer {
        case .gd, .sgd:
            make = "torch.optim.SGD(groups, lr=LEARNING_RATE)  # p ← p − lr·(g + λp), as actview"
        case .momentum:
            make = "torch.optim.SGD(groups, lr=LEARNING_RATE, momentum=0.9)  # v ← 0.9v + g + λp, p ← p − lr·v, as actview"
        case .nesterov:
            make = "torch.optim.SGD(groups, lr=LEARNING_RATE, momentum=0.9, nesterov=True)  # p ← p − lr·(g + 0.9v), as actview"
        case .adam:
            make = "ActviewAdam(groups, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)"
        case .rmsprop:
            make = "torch.optim.RMSprop(groups, lr=LEARNING_RATE, alpha=0.9, eps=1e-7)  # s ← 0.9s + 0.1g², p ← p − lr·g / (√s + ε), as actview"
        }
        var lines = [
            "def make_optimiser(model):",
            "    \"\"\"actview's update rule (Sources/NeuralNet/Optimizer.swift); weight decay on the",
            "    weight matrices only.\"\"\"",
            "    weights = [" + weights.joined(separator: ", ") + "]",
        ]
        if others.isEmpty {
            lines.append("    groups = [{\"params\": weights, \"weight_decay\": WEIGHT_DECAY}]")
        } else {
            lines.append("    others = [" + others.joined(separator: ", ") + "]")
            lines.append("    groups = [{\"params\": weights, \"weight_decay\": WEIGHT_DECAY}, {\"params\": others, \"weight_decay\": 0.0}]")
        }
        lines.append("    return " + make)
        return lines.joined(separator: "\n")
    }

    private var adam: String {
        #"""
        class ActviewAdam(torch.optim.Optimizer):
            """Adam as actview applies it (and Keras): ε beside √v, the bias corrections
            folded into the step, p ← p − lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m / (√v + ε), with
            m ← β₁m + (1 − β₁)g and v ← β₂v + (1 − β₂)g², g including λp.
            torch.optim.Adam divides by √v/√(1 − β₂ᵗ) + ε instead, which differs where
            √v is near ε: parameters that hardly get a gradient."""

            def __init__(self, params, lr, betas, eps):
                super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=0.0))
                self.updates = 0

            @torch.no_grad()
            def step(self):
                self.updates += 1
                for group in self.param_groups:
                    beta1, beta2 = group["betas"]
                    step_size = group["lr"] * math.sqrt(1 - beta2 ** self.updates) / (1 - beta1 ** self.updates)
                    for p in group["params"]:
                        g = p.grad if p.grad is not None else torch.zeros_like(p)
                        if group["weight_decay"]:
                            g = g + group["weight_decay"] * p
                        state = self.state[p]
                        if not state:
                            state["m"], state["v"] = torch.zeros_like(p), torch.zeros_like(p)
                        m, v = state["m"], state["v"]
                        m.mul_(beta1).add_(g, alpha=1 - beta1)
                        v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                        p.sub_(step_size * m / (v.sqrt() + group["eps"]))
        """#
    }

    // MARK: - Training

    private var training: String {
        var lines: [String] = []
        if let start = run.start { lines += start.checksumDefinitions }
        lines += [
            "def epochs_of_orders(count):",
            "    \"\"\"Each epoch's order of the training examples: actview's own draws",
            "    (Sources/NeuralNet/Trainer.swift) with SAME_START, otherwise torch's.\"\"\"",
            "    actview_order = SeededRandom(SEED ^ \(PythonLiteral.hex(Trainer.orderStreamSalt)))",
            "    torch_order = torch.Generator().manual_seed(SEED)",
            "    for _ in range(EPOCHS):",
            "        if not SHUFFLE:",
            "            yield list(range(count))",
            "        elif SAME_START:",
            "            yield actview_order.permutation(count)",
            "        else:",
            "            yield torch.randperm(count, generator=torch_order).tolist()",
            "",
            "",
            "@torch.no_grad()",
            "def evaluate(model, x, y):",
            "    if len(y) == 0:",
            "        return \"\", \"\"",
            "    logits = model(x)",
            "    accuracy = (predictions(logits).argmax(dim=1) == y).double().mean().item()",
            "    return f\"{reported_loss(logits, y).item():.9g}\", f\"{accuracy:.9g}\"",
            "",
            "",
            "def main():",
            "    arrays = load_data()",
        ]
        if run.start != nil { lines += StartingPoint.checkCalls }
        lines += [
            "    train_x, train_y, test_x, test_y = to_tensors(*arrays)",
            "    model = build_network()",
        ]
        lines.append(run.start != nil ? "    load_start(model) if SAME_START else initialise(model)" : "    initialise(model)")
        lines += [
            "    optimiser = make_optimiser(model)",
            "    print(\"epoch,train_loss,test_loss,train_accuracy,test_accuracy\", flush=True)",
            "    step = 0",
            "    for epoch, order in enumerate(epochs_of_orders(len(train_y)), start=1):",
        ]
        if run.start != nil {
            lines += [
                "        if SAME_START and SHUFFLE and epoch == 1:",
                "            check(\"first order\", array(\"i\", order).tobytes())",
            ]
        }
        lines += [
            "        order = torch.tensor(order)",
            "        model.train()",
            "        for first in range(0, len(order), BATCH_SIZE):",
            "            batch = order[first:first + BATCH_SIZE]",
            "            loss = training_loss(model(train_x[batch]), train_y[batch])",
            "            step += 1",
            "            if not torch.isfinite(loss):",
            "                sys.exit(f\"diverged: the loss became {loss.item()} at step {step}\")",
            "            optimiser.zero_grad()",
            "            loss.backward()",
            "            optimiser.step()",
            "        model.eval()",
            "        train_loss, train_accuracy = evaluate(model, train_x, train_y)",
            "        test_loss, test_accuracy = evaluate(model, test_x, test_y)",
            "        print(f\"{epoch},{train_loss},{test_loss},{train_accuracy},{test_accuracy}\", flush=True)",
        ]
        return lines.joined(separator: "\n")
    }

    private func startBlock(_ start: StartingPoint) -> String {
        let count = start.values.count
        return "# \(count) float32 values, little-endian, base64: per layer the weights (input-major),\n"
            + "# the biases, the PReLU slopes; the output layer last.\n"
            + "START = \"\"\"\n" + PythonLiteral.base64(start.values) + "\n\"\"\""
    }
}
