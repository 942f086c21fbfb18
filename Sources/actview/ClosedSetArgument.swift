import ArgumentParser
import Terminal
import Explorer
import Export
import NeuralNet
import TermPlot

/// A closed set of names read as an option value: case-insensitive, its
/// values listed in the help, and refused by the parser itself.
protocol ClosedSetArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension ClosedSetArgument {
    public init?(argument: String) {
        let key = argument.trimmingCharacters(in: .whitespaces).lowercased()
        guard let value = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }

    public var defaultValueDescription: String { rawValue }
}

extension TrainingPreset: ClosedSetArgument {}
extension OptimizerKind: ClosedSetArgument {}
extension OutputKind: ClosedSetArgument {}
extension GradientReduction: ClosedSetArgument {}
extension ColorChoice: ClosedSetArgument {}
extension Language: ClosedSetArgument {}
extension ReportFormat: ClosedSetArgument {}
extension ExportFramework: ClosedSetArgument {}
extension Pane: ClosedSetArgument {}

extension Theme: ExpressibleByArgument {
    public init?(argument: String) {
        guard let theme = Theme.named(argument.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
        self = theme
    }

    public static var allValueStrings: [String] { Theme.all.map(\.name) }

    public var defaultValueDescription: String { name }
}
