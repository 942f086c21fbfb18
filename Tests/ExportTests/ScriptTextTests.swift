import Activations
import Datasets
@testable import Export
import Foundation
import NeuralNet
import Testing

/// The generated scripts as text: every activation kind in both frameworks
/// compiles as Python, and the lines that carry actview's definitions say
/// what actview computes (parameters, maxout's layout and fan-out, the
/// initialisers, the optimiser's constants, the loss).
@Suite struct ScriptTextTests {
    static func run(_ layers: [HiddenLayer], edit: (inout TrainingConfiguration) -> Void = { _ in },
                    sameStart: Bool = false) throws -> ExportedRun {
        var c = TrainingConfiguration.commandLineDefault
        c.hiddenLayers = layers
        c.epochs = 2
        edit(&c)
        let dataset = try Dataset.load(c.dataset, seed: c.seed, testFraction: c.testFraction)
        return ExportedRun(trainer: try Trainer(configuration: c, dataset: dataset, threads: 1), sameStart: sameStart,
                           command: "actview export --to pytorch 'it''s'")
    }

    static func layer(_ kind: ActivationKind, units: Int = 6, _ parameters: [String: Double] = [:]) -> HiddenLayer {
        HiddenLayer(units: units, activation: try! LayerActivation(kind, parameters: parameters))
    }

    /// Compiles `text` with Python's own compiler, without running it.
    static func compiles(_ text: String) throws -> Python.Output {
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try Python.run("import sys\ncompile(open(sys.argv[1]).read(), 'script', 'exec')\n", arguments: [path])
    }

    static func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("actview-script-\(UUID().uuidString).py")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(arguments: ActivationKind.allCases)
    func everyActivationCompilesInBothFrameworks(_ kind: ActivationKind) throws {
        for sameStart in [false, true] {
            let run = try Self.run([Self.layer(kind), Self.layer(.relu, units: 4)], sameStart: sameStart)
            for (name, text) in [("pytorch", PyTorchScript(run).text), ("keras", KerasScript(run).text)] {
                let path = try Self.write(text)
                defer { try? FileManager.default.removeItem(atPath: path) }
                let output = try Python.run("import py_compile, sys\npy_compile.compile(sys.argv[1], doraise=True)\n",
                                            arguments: [path])
                #expect(output.status == 0, "\(kind) in \(name): \(output.stderr)")
            }
        }
    }

    @Test func parametersReachTheModules() throws {
        let run = try Self.run([Self.layer(.leakyReLU, ["slope": 0.2]), Self.layer(.elu, ["alpha": 0.5]),
                                Self.layer(.swish, ["beta": 2]), Self.layer(.softplus, ["beta": 3]),
                                Self.layer(.celu, ["alpha": 0.25]), Self.layer(.geluTanh),
                                HiddenLayer(units: 5, activation: .prelu(initialSlope: 0.1))])
        let torch = PyTorchScript(run).text
        for line in ["nn.LeakyReLU(negative_slope=0.2)", "nn.ELU(alpha=0.5)", "Swish(beta=2.0)", "nn.Softplus(beta=3.0)",
                     "nn.CELU(alpha=0.25)", "nn.GELU(approximate=\"tanh\")", "nn.PReLU(num_parameters=5, init=0.1)"] {
            #expect(torch.contains(line), "PyTorch script lacks \(line)")
        }
        let keras = KerasScript(run).text
        for line in ["layers.LeakyReLU(negative_slope=0.2, name=\"activation1\")", "activation=elu(alpha=0.5)",
                     "activation=swish(beta=2.0)", "activation=softplus(beta=3.0)", "activation=celu(alpha=0.25)",
                     "activation=gelu_tanh", "layers.PReLU(alpha_initializer=keras.initializers.Constant(0.1), name=\"activation7\")"] {
            #expect(keras.contains(line), "Keras script lacks \(line)")
        }
    }

    @Test func maxoutKeepsActviewsLayoutAndFanOut() throws {
        let run = try Self.run([HiddenLayer(units: 16, activation: .maxout(pieces: 3))]) { $0.initializer = .glorotUniform }
        let torch = PyTorchScript(run).text
        #expect(torch.contains("(\"hidden1\", Maxout(2, 16, pieces=3, bias=BIAS)),"))
        #expect(torch.contains(".view(-1, self.pieces, self.units).max(dim=1).values"))
        // Glorot's fan-out is the 16 units, not the 48 columns.
        #expect(torch.contains("bound = math.sqrt(6 / (2 + 16))"))
        let keras = KerasScript(run).text
        #expect(keras.contains("Maxout(\n            16, pieces=3, name=\"hidden1\""))
        #expect(keras.contains("kernel_initializer=uniform(math.sqrt(6 / (2 + 16))),"))
    }

    @Test func automaticInitializerIsResolvedPerLayerAsActviewDoes() throws {
        let run = try Self.run([Self.layer(.relu, units: 8), Self.layer(.selu, units: 8), Self.layer(.tanh, units: 8)])
        #expect(run.hidden.map(\.initializer) == [.heNormal, .lecunNormal, .glorotUniform])
        #expect(run.outputInitializer == .glorotUniform)
        let selu = try Self.run([Self.layer(.selu, units: 8)])
        #expect(selu.outputInitializer == .lecunNormal)
        let torch = PyTorchScript(run).text
        #expect(torch.contains("nn.init.normal_(model.hidden1.weight, 0.0, math.sqrt(2 / 2))"))
        #expect(torch.contains("nn.init.normal_(model.hidden2.weight, 0.0, math.sqrt(1 / 8))"))
    }

    @Test(arguments: OptimizerKind.allCases)
    func optimisersCarryActviewsConstants(_ kind: OptimizerKind) throws {
        let run = try Self.run([Self.layer(.relu)]) { $0.optimizer = kind; $0.weightDecay = 0.01 }
        let torch = PyTorchScript(run).text
        let keras = KerasScript(run).text
        let expected: (String, String) = switch kind {
        case .gd, .sgd: ("torch.optim.SGD(groups, lr=LEARNING_RATE)", "keras.optimizers.SGD(learning_rate=LEARNING_RATE)")
        case .momentum: ("momentum=0.9)", "keras.optimizers.SGD(learning_rate=LEARNING_RATE, momentum=0.9)")
        case .nesterov: ("momentum=0.9, nesterov=True)", "momentum=0.9, nesterov=True)")
        case .adam: ("ActviewAdam(groups, lr=LEARNING_RATE, betas=(0.9, 0.999), eps=1e-8)", "beta_1=0.9, beta_2=0.999, epsilon=1e-8")
        case .rmsprop: ("torch.optim.RMSprop(groups, lr=LEARNING_RATE, alpha=0.9, eps=1e-7)", "ActviewRMSprop(learning_rate=LEARNING_RATE)")
        }
        #expect(torch.contains(expected.0))
        #expect(keras.contains(expected.1))
        // Decay on the weight matrices only.
        #expect(torch.contains("{\"params\": others, \"weight_decay\": 0.0}"))
        #expect(torch.contains("WEIGHT_DECAY = 0.01"))
        #expect(keras.contains("keras.regularizers.L2(WEIGHT_DECAY / 2)"))
    }

    @Test func lectureOutputTrainsOnPerClassCrossEntropyAndReportsHalfSquaredError() throws {
        var lecture = TrainingPreset.lecture.configuration
        lecture.hiddenSizes = [10]
        let run = try Self.run(lecture.hiddenLayers) { $0 = lecture }
        let torch = PyTorchScript(run).text
        #expect(torch.contains("F.binary_cross_entropy_with_logits(logits, targets, reduction=\"sum\")"))
        #expect(torch.contains("0.5 * ((torch.sigmoid(logits) - targets) ** 2).sum(dim=1).mean()"))
        #expect(torch.contains("MEAN_OVER_BATCH = False"))
        #expect(torch.contains("BIAS = False"))
        #expect(torch.contains("BATCH_SIZE = \(run.trainCount)"))
        #expect(torch.contains("SHUFFLE = False"))
        #expect(torch.contains("LEARNING_RATE = 1e-06"))
    }

    @Test func sameStartCarriesTheInitialWeightsExactly() throws {
        let run = try Self.run([HiddenLayer(units: 5, activation: .prelu(initialSlope: 0.3)),
                                HiddenLayer(units: 4, activation: .maxout(pieces: 2))], sameStart: true)
        let text = PyTorchScript(run).text
        let block = try #require(text.components(separatedBy: "START = \"\"\"\n").last?.components(separatedBy: "\n\"\"\"").first)
        let data = try #require(Data(base64Encoded: block, options: .ignoreUnknownCharacters))
        let values = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        let start = try #require(run.start)
        #expect(values == start.values)
        let layers = start.layers
        #expect(layers.map(\.alpha.count) == [5, 0, 0])
        #expect(layers[1].weights.count == 5 * 4 * 2)
        #expect(values.count == layers.reduce(0) { $0 + $1.weights.count + $1.bias.count + $1.alpha.count })
        #expect(text.contains("model.activation1.weight.copy_(take(5))"))
        #expect(text.contains("model.hidden2.linear.weight.copy_(take(5, 8).t())"))
    }

    @Test func theCommandLineIsQuotedSafelyInTheDocstring() throws {
        let run = try Self.run([Self.layer(.relu)])
        let text = PyTorchScript(run).text
        #expect(text.contains("Exported with: actview export --to pytorch 'it''s'"))
        #expect(try Self.compiles(text).status == 0)
    }
}
