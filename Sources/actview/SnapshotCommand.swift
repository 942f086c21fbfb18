import ArgumentParser

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snapshot", abstract: "(not built yet)")

    func run() throws {
        throw CLIError("snapshot: not built yet")
    }
}
