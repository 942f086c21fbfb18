import ArgumentParser

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(not built yet)")

    func run() throws {
        throw CLIError("compare: not built yet")
    }
}
