import ArgumentParser

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plot", abstract: "(not built yet)")

    func run() throws {
        throw CLIError("plot: not built yet")
    }
}
