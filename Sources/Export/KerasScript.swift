import NeuralNet

/// A self-contained Keras 3 script (any backend: it uses `keras.ops` only)
/// that builds and trains the network of an `ExportedRun` as actview does,
/// and with `--same-start` from actview's initial weights and in actview's
/// order of examples. It trains batch by batch with `train_on_batch`, so
/// the order is the script's, and evaluates after every epoch as actview.
public struct KerasScript: Sendable {
    public let run: ExportedRun

    public init(_ run: ExportedRun) {
        self.run = run
    }

    var configuration: TrainingConfiguration { run.configuration }
    var data: PythonDataSection { PythonDataSection(run: run) }

    public var text: String {
        var sections = [header, imports, settings, heading("Data: exactly actview's") + data.code, arrays]
        let helpers = self.helpers.map(\.code)
        sections.append(heading("Network") + (helpers + [initializers, network]).joined(separator: "\n\n\n"))
        if run.start != nil { sections.append(loadStart) }
        sections += [heading("Loss and optimiser") + loss, optimiser]
        if configuration.optimizer == .rmsprop { sections.append(rmsprop) }
        sections += [heading("Training") + training]
        if let start = run.start { sections.append(heading("actview's starting point (--same-start)") + startBlock(start)) }
        sections.append("if __name__ == \"__main__\":\n    main()")
        return sections.joined(separator: "\n\n\n") + "\n"
    }

    private func heading(_ title: String) -> String {
        "# ── \(title) " + String(repeating: "─", count: max(3, 73 - title.count)) + "\n\n"
    }

    // MARK: - Header and settings

    private var header: String {
        let c = configuration
        let names = run.hidden.map(\.activation.name)
        let activations = Set(names).count == 1 ? names[0] : names.joined(separator: ",")
        var lines = [
            "#!/usr/bin/env python3",
            "\"\"\"actview's network in Keras 3: \(run.datasetName), \(run.shape) \(activations), \(c.output.rawValue) output.",
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
                "differ only by rounding. It first checks that it rebuilt exactly actview's data.",
            ]
        } else {
            lines += [
                "It draws its own initial weights with the same rules (seeded with SEED) and",
                "shuffles with numpy: the same recipe as actview, not the same numbers. Export",
                "with --same-start to reproduce actview's run itself.",
            ]
        }
        lines += [
            "",
            "Needs Keras 3 with any backend (KERAS_BACKEND=tensorflow, jax or torch) and numpy.",
            "Prints one CSV line per epoch: loss and accuracy over the whole training and",
            "test sets after the epoch, as actview's train_loss, test_loss, train_accuracy",
            "and test_accuracy columns.",
            "\"\"\"",
        ]
        return lines.joined(separator: "\n")
    }

    private var imports: String {
        let modules = (["base64", "sys", "zlib"] + data.imports).sorted()
        return modules.map { "import \($0)" }.joined(separator: "\n") + "\nfrom array import array\n\n"
            + "import keras\nimport numpy as np\nfrom keras import layers, ops"
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
            data.constants,
            "",
            "keras.utils.set_random_seed(SEED % 2**32)",
        ]
        lines.append("keras.config.set_floatx(\"float32\")")
        return lines.joined(separator: "\n")
    }

    private var arrays: String {
        #"""
        def to_arrays(train_x, train_y, test_x, test_y):
            """Float32 features (rows × FEATURES) and int32 labels."""
            def features(values):
                return np.frombuffer(values, dtype=np.float32).reshape(-1, FEATURES) if values else np.zeros((0, FEATURES), np.float32)
            return features(train_x), np.array(train_y, np.int32), features(test_x), np.array(test_y, np.int32)
        """#
    }

    // MARK: - Network

    private var helpers: [PythonHelper] {
        var seen: [PythonHelper] = []
        for layer in run.hidden {
            if let helper = KerasActivation(layer.activation).helper, !seen.contains(helper) { seen.append(helper) }
        }
        return seen
    }

    private func initializer(_ formula: InitializerFormula) -> String {
        switch formula.distribution {
        case .uniform: "uniform(\(formula.expression))"
        case .normal: "normal(\(formula.expression))"
        case .zeros: "keras.initializers.Zeros()"
        }
    }

    /// The two initialiser shapes actview uses, named once.
    private var initializers: String {
        #"""
        def uniform(bound):
            return keras.initializers.RandomUniform(-bound, bound)


        def normal(deviation):
            """Plain, not truncated (Keras's he_normal and lecun_normal are truncated)."""
            return keras.initializers.RandomNormal(0.0, deviation)
        """#
    }

    private var network: String {
        let regularizer = "regularizer"
        var lines = [
            "def build_network():",
            "    \"\"\"The layers in actview's order, with actview's initialisers written out",
            "    (Sources/NeuralNet/WeightInitializer.swift; fan_out is a layer's units, for",
            "    maxout too). Weight decay is an L2 penalty λ/2·Σw², whose gradient adds λ·w.",
            "    The output layer gives logits: its "
                + (configuration.output == .softmax ? "softmax" : "sigmoid") + " is applied in the loss and in",
            "    `predictions`.\"\"\"",
            "    \(regularizer) = keras.regularizers.L2(WEIGHT_DECAY / 2) if WEIGHT_DECAY else None",
            "    return keras.Sequential([",
            "        keras.Input(shape=(FEATURES,)),",
        ]
        for layer in run.hidden {
            let n = layer.number
            let formula = InitializerFormula(layer.initializer, fanIn: layer.inputCount, fanOut: layer.units)
            let spelling = KerasActivation(layer.activation)
            var head: String
            if case .maxout(let pieces) = layer.activation {
                head = "Maxout(\(layer.units), pieces=\(pieces), name=\"hidden\(n)\","
            } else {
                head = "layers.Dense(\(layer.units)" + (spelling.argument.map { ", activation=\($0)" } ?? "")
                    + ", name=\"hidden\(n)\","
            }
            lines += [
                "        " + head.replacingOccurrences(of: "(", with: "(\n            ", options: [], range: head.range(of: "(")),
                "            use_bias=BIAS, bias_initializer=keras.initializers.Constant(INITIAL_BIAS),",
                "            kernel_initializer=\(initializer(formula)),  # \(formula.formula)",
                "            kernel_regularizer=\(regularizer)),",
            ]
            if let extra = spelling.layer {
                let named = extra.dropLast() + (extra.hasSuffix("()") ? "" : ", ") + "name=\"activation\(n)\")"
                lines.append("        \(named),")
            }
        }
        let formula = InitializerFormula(run.outputInitializer, fanIn: run.outputInputCount, fanOut: run.classCount)
        lines += [
            "        layers.Dense(",
            "            CLASSES, name=\"output\", use_bias=BIAS,",
            "            kernel_initializer=\(initializer(formula)),  # \(formula.formula)",
            "            kernel_regularizer=\(regularizer)),",
            "    ])",
        ]
        return lines.joined(separator: "\n")
    }

    private var loadStart: String {
        var lines = [
            "def load_start(model):",
            "    \"\"\"actview's initial weights, biases and PReLU slopes, from START; actview keeps",
            "    a weight matrix input-major (Z = X·W), as Keras does.\"\"\"",
            "    values = np.frombuffer(base64.b64decode(START), dtype=\"<f4\")",
            "    offset = 0",
            "",
            "    def take(*shape):",
            "        nonlocal offset",
            "        count = math.prod(shape)",
            "        offset += count",
            "        return values[offset - count:offset].reshape(shape)",
            "",
        ]
        let bias = configuration.useBias
        for layer in run.hidden {
            let width = layer.units * layer.pieces
            let parts = ["take(\(layer.inputCount), \(width))"] + (bias ? ["take(\(width))"] : [])
            lines.append("    model.get_layer(\"hidden\(layer.number)\").set_weights([" + parts.joined(separator: ", ") + "])")
            if case .prelu = layer.activation {
                lines.append("    model.get_layer(\"activation\(layer.number)\").set_weights([take(\(layer.units))])")
            }
        }
        let parts = ["take(\(run.outputInputCount), \(run.classCount))"] + (bias ? ["take(\(run.classCount))"] : [])
        lines.append("    model.get_layer(\"output\").set_weights([" + parts.joined(separator: ", ") + "])")
        lines.append("    assert offset == len(values), \"START does not fit this network\"")
        return lines.joined(separator: "\n")
    }

    // MARK: - Loss and optimiser

    private var loss: String {
        switch configuration.output {
        case .softmax:
            #"""
            class TrainingLoss(keras.losses.Loss):
                """What the optimiser descends: the softmax's cross-entropy, summed over the
                batch or its mean (actview's reduction); its gradient is p − y."""

                def __init__(self):
                    super().__init__(reduction="sum_over_batch_size" if MEAN_OVER_BATCH else "sum")

                def call(self, labels, logits):
                    return ops.sparse_categorical_crossentropy(ops.cast(labels, "int32"), logits, from_logits=True)


            def predictions(logits):
                e = np.exp(logits - logits.max(axis=1, keepdims=True))
                return e / e.sum(axis=1, keepdims=True)


            def reported_loss(logits, labels):
                """The loss actview reports: mean cross-entropy over the set (in float64)."""
                z = logits.astype(np.float64)
                largest = z.max(axis=1)
                return float(np.mean(np.log(np.exp(z - largest[:, None]).sum(axis=1)) + largest - z[np.arange(len(z)), labels]))
            """#
        case .sigmoid:
            #"""
            class TrainingLoss(keras.losses.Loss):
                """What the optimiser descends: a sigmoid per class with the per-class binary
                cross-entropy, summed over classes, then over the batch or its mean. Its
                gradient with respect to the logits is a − y, actview's (and the lecture's)
                output delta."""

                def __init__(self):
                    super().__init__(reduction="sum_over_batch_size" if MEAN_OVER_BATCH else "sum")

                def call(self, labels, logits):
                    targets = ops.one_hot(ops.cast(ops.reshape(labels, (-1,)), "int32"), CLASSES)
                    return ops.sum(ops.binary_crossentropy(targets, logits, from_logits=True), axis=-1)


            def predictions(logits):
                return (1 / (1 + np.exp(-logits))).astype(np.float32)


            def reported_loss(logits, labels):
                """The loss actview (and the lecture) reports: ½Σ(a − y)² per example, mean over the set."""
                a = predictions(logits).astype(np.float64)
                a[np.arange(len(a)), labels] -= 1
                return float(np.mean(0.5 * (a * a).sum(axis=1)))
            """#
        }
    }

    private var optimiser: String {
        let make: String
        switch configuration.optimizer {
        case .gd, .sgd:
            make = "keras.optimizers.SGD(learning_rate=LEARNING_RATE)  # p ← p − lr·g"
        case .momentum:
            make = "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9)  # m ← 0.9m − lr·g, p ← p + m: actview's rule"
        case .nesterov:
            make = "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9, nesterov=True)"
        case .adam:
            make = "keras.optimizers.Adam(learning_rate=LEARNING_RATE, beta_1=0.9, beta_2=0.999, epsilon=1e-8)  # actview's form of Adam"
        case .rmsprop:
            make = "ActviewRMSprop(learning_rate=LEARNING_RATE)"
        }
        return [
            "def make_optimiser():",
            "    \"\"\"actview's update rule (Sources/NeuralNet/Optimizer.swift). Weight decay is the",
            "    layers' L2 penalty, so it enters the gradient as in actview, weights only.\"\"\"",
            "    return " + make,
        ].joined(separator: "\n")
    }

    private var rmsprop: String {
        #"""
        class ActviewRMSprop(keras.optimizers.Optimizer):
            """RMSprop as actview applies it: s ← ρs + (1 − ρ)g², p ← p − lr·g / (√s + ε).
            keras.optimizers.RMSprop divides by √(s + ε) instead, which differs where s is
            small next to ε."""

            def __init__(self, learning_rate, rho=0.9, epsilon=1e-7, **options):
                super().__init__(learning_rate=learning_rate, **options)
                self.rho, self.epsilon = rho, epsilon

            def build(self, variables):
                if self.built:
                    return
                super().build(variables)
                self.averages = [self.add_variable_from_reference(v, "average") for v in variables]

            def update_step(self, gradient, variable, learning_rate):
                s = self.averages[self._get_variable_index(variable)]
                self.assign(s, self.rho * s + (1 - self.rho) * ops.square(gradient))
                self.assign_sub(variable, learning_rate * gradient / (ops.sqrt(s) + self.epsilon))
        """#
    }

    // MARK: - Training

    private var training: String {
        var lines: [String] = []
        if let start = run.start { lines += start.checksumDefinitions }
        lines += [
            "def epochs_of_orders(count):",
            "    \"\"\"Each epoch's order of the training examples: actview's own draws",
            "    (Sources/NeuralNet/Trainer.swift) with SAME_START, otherwise numpy's.\"\"\"",
            "    actview_order = SeededRandom(SEED ^ \(PythonLiteral.hex(Trainer.orderStreamSalt)))",
            "    numpy_order = np.random.default_rng(SEED)",
            "    for _ in range(EPOCHS):",
            "        if not SHUFFLE:",
            "            yield list(range(count))",
            "        elif SAME_START:",
            "            yield actview_order.permutation(count)",
            "        else:",
            "            yield numpy_order.permutation(count).tolist()",
            "",
            "",
            "def evaluate(model, x, y):",
            "    if len(y) == 0:",
            "        return \"\", \"\"",
            "    logits = np.asarray(model.predict_on_batch(x), dtype=np.float32)",
            "    accuracy = float(np.mean(predictions(logits).argmax(axis=1) == y))",
            "    return f\"{reported_loss(logits, y):.9g}\", f\"{accuracy:.9g}\"",
            "",
            "",
            "def main():",
            "    arrays = load_data()",
        ]
        if run.start != nil { lines += StartingPoint.checkCalls }
        lines += [
            "    train_x, train_y, test_x, test_y = to_arrays(*arrays)",
            "    model = build_network()",
        ]
        if run.start != nil { lines.append("    if SAME_START:\n        load_start(model)") }
        lines += [
            "    model.compile(optimizer=make_optimiser(), loss=TrainingLoss(), jit_compile=False)",
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
            "        order = np.array(order)",
            "        for first in range(0, len(order), BATCH_SIZE):",
            "            batch = order[first:first + BATCH_SIZE]",
            "            loss = float(np.asarray(model.train_on_batch(train_x[batch], train_y[batch])))",
            "            step += 1",
            "            if not math.isfinite(loss):",
            "                sys.exit(f\"diverged: the loss became {loss} at step {step}\")",
            "        train_loss, train_accuracy = evaluate(model, train_x, train_y)",
            "        test_loss, test_accuracy = evaluate(model, test_x, test_y)",
            "        print(f\"{epoch},{train_loss},{test_loss},{train_accuracy},{test_accuracy}\", flush=True)",
        ]
        return lines.joined(separator: "\n")
    }

    private func startBlock(_ start: StartingPoint) -> String {
        "# \(start.values.count) float32 values, little-endian, base64: per layer the weights (input-major),\n"
            + "# the biases, the PReLU slopes; the output layer last.\n"
            + "START = \"\"\"\n" + PythonLiteral.base64(start.values) + "\n\"\"\""
    }
}
