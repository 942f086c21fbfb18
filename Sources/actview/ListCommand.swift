import ArgumentParser

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "(not built yet)")

    func run() throws {
        throw CLIError("list: not built yet")
    }
}
