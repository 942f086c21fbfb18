import ArgumentParser
import Datasets
import Export
import FileOutput
import Foundation
import NeuralNet

/// `actview export`: the network `train` would train, as a PyTorch or Keras
/// script that builds and trains it the same way.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a PyTorch or Keras script that builds and trains the same network.",
        discussion: """
            Takes train's options, or a configuration file in actview's JSON form with --config \
            (options given beside it override the file). The script builds the same layers, \
            activations with their parameters, initialiser, loss, reduction and optimiser, and \
            trains on the same data (rebuilt exactly: the 2-D generators are written out, digits, \
            CSV and MNIST are read from the same files and split the same way) for the same epochs. \
            With --same-start it also carries actview's initial weights and takes the examples in \
            actview's order, so its per-epoch losses follow `actview train ... --format csv`. \
            Scene files (--scene) will be read here too once the explorer saves them.
            """
    )

    @Option(help: "The framework: pytorch or keras.")
    var to: ExportFramework

    @OptionGroup var options: TrainingOptions

    @Option(help: "Hidden activation: one name for every layer, or a comma list with one per layer.")
    var activation: String?

    @Option(help: ArgumentHelp("A configuration in actview's JSON form, instead of or beneath the options.",
                               valueName: "FILE.json"))
    var config: String?

    @Flag(name: .customLong("same-start"),
          help: "Carry actview's initial weights and data order, so the script reproduces actview's run.")
    var sameStart = false

    @Option(help: "Write the script to this file (atomically) instead of standard output.")
    var out: String?

    func run() throws {
        let base = try config.map(ConfigurationFile.read)
        if base != nil, let preset = options.preset {
            throw CLIError("--preset \(preset.name) and a configuration file both say where to start; give one")
        }
        let configuration = try options.configuration(activations: activation, base: base)
        if let refusal = ExportSupport.refusal(configuration) { throw CLIError(refusal) }
        let dataset = try options.loadDataset(for: configuration)
        let trainer = try Trainer(configuration: configuration, dataset: dataset, threads: 1)
        let command = (["actview"] + CommandLine.arguments.dropFirst()).map(Self.shellQuoted).joined(separator: " ")
        let run = ExportedRun(trainer: trainer, sameStart: sameStart, command: command)
        let script = switch to {
        case .pytorch: PyTorchScript(run).text
        case .keras: KerasScript(run).text
        }
        guard let out else {
            print(script, terminator: "")
            flushStandardOutput()
            return
        }
        // The file replaces what has the name: never a device, a FIFO or a directory.
        if let type = try? FileManager.default.attributesOfItem(atPath: out)[.type] as? FileAttributeType,
           type != .typeRegular {
            throw CLIError("\(out): not a regular file; the script goes to a new or a regular file")
        }
        do {
            try AtomicFile.write(Data(script.utf8), to: URL(fileURLWithPath: out))
        } catch let error as AtomicFile.WriteError {
            throw CLIError(error.description)
        }
    }

    /// An argument as a POSIX shell reads it back.
    static func shellQuoted(_ argument: String) -> String {
        let plain = argument.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_=.,:/+@%".unicodeScalars.contains($0)
        }
        if plain && !argument.isEmpty { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
