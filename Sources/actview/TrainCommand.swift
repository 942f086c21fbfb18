import ArgumentParser

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "(not built yet)")

    func run() throws {
        throw CLIError("train: not built yet")
    }
}
