import Activations
import ArgumentParser
import Explorer
import Foundation
import NeuralNet
import TermPlot
import Terminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `actview plot NAME`: f and f′ of one activation, with the ranges where it
/// saturates or is dead shaded, as text for a terminal or a slide, or SVG.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Plot an activation function and its derivative.",
        discussion: """
            Shaded: saturated where |f′| < 0.1·max|f′| over the range, dead where f′ = 0.
            --color auto colours only a terminal whose terminfo entry has colours (and never \
            when NO_COLOR is set), so piped output, TERM=dumb and vt100 get plain text, and a \
            terminal with 8 or 16 colours gets the nearest of its own; SVG is coloured unless \
            --color never. \
            --format text never contains escape codes.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, ansi, svg }

    @Argument(help: "The activation, e.g. sigmoid, relu, leaky-relu (see `actview list`).")
    var name: String

    @Option(name: .customLong("param"), help: ArgumentHelp("A parameter, e.g. --param alpha=0.1 (repeatable).", valueName: "K=V"))
    var parameters: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("The x range.", valueName: "LO:HI"))
    var range: String = "-6:6"

    @Option(parsing: .unconditional, help: ArgumentHelp("Width×height in cells, 80x24 or 80×24 (default: the terminal's, or 80x24).", valueName: "WxH"))
    var size: String?

    @Flag(name: .customLong("no-derivative"), help: "Plot f only.")
    var noDerivative = false

    @OptionGroup var appearance: AppearanceOptions

    @Option(help: "text (never escape codes), ansi (coloured as --color says) or svg.")
    var format: Format = .ansi


    func run() throws {
        let activation = try Activation(try ConfigurationParser.activationKind(name),
                                        parameters: try ConfigurationParser.parameters(parameters))
        let xRange = try Self.parseRange(range)
        let (width, height) = try size.map(Self.parseSize) ?? Self.defaultSize()
        let theme = appearance.theme?.fixedTheme ?? .dark

        // What terminfo says TERM can show: nil when TERM is unset or unknown.
        let terminal = TerminalCapabilities(environment: ProcessInfo.processInfo.environment)
        let colored: Bool
        switch (appearance.color, format) {
        case (.never, _), (_, .text): colored = false
        case (.always, _): colored = true
        case (.auto, .svg): colored = true
        case (.auto, .ansi):
            colored = isatty(STDOUT_FILENO) == 1 && appearance.wantsColor && (terminal?.colors ?? 0) > 0
        }
        var options = RenderOptions(unicode: !appearance.ascii, color: colored, theme: theme)
        // On 8 or 16 colours the shading is drawn as patterns.
        if format == .ansi, let colors = terminal?.colors, colors > 0 { options.colorCount = colors }
        var screen = Screen(width: width, height: height)
        Self.chart(for: activation, over: xRange, columns: width, derivative: !noDerivative)
            .render(into: &screen, area: screen.bounds, options: options)

        let output: String
        switch format {
        case .text: output = screen.plainText()
        case .ansi:
            // 256-colour codes only for a terminal that has 256 colours;
            // 8 or 16 are reduced to the nearest it has, in its own codes.
            // (`always` on a terminal without colours still gets 256.)
            let colors = terminal.map { $0.colors > 0 ? $0.colors : 256 } ?? 256
            if colored && colors < 256 { Self.reduceColors(of: &screen, to: colors) }
            output = colored ? screen.ansiText(basicColors: colors < 256) : screen.plainText()
        case .svg: output = screen.svg(fontSize: 16, theme: theme)
        }
        print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
    }

    /// Maps every palette colour onto the `count` colours a terminal has.
    static func reduceColors(of screen: inout Screen, to count: Int) {
        let reducer = ColorReducer(available: count)
        func reduced(_ color: Color) -> Color {
            guard case .palette(let index) = color else { return color }
            let n = reducer.reduce(index)
            return n < 0 ? .default : .palette(UInt8(n))
        }
        screen.restyle(screen.bounds) { style in
            style.foreground = reduced(style.foreground)
            style.background = reduced(style.background)
        }
    }

    /// The chart `plot` draws: f, f′ and the saturated/dead ranges of f′.
    static func chart(for activation: Activation, over range: ClosedRange<Double>, columns: Int,
                      derivative: Bool) -> LineChart {
        // Enough samples for every dot column, and x = 0 hit exactly (kinks).
        let count = max(401, columns * 4 + 1) | 1
        // The step is divided first: (hi − lo)·i overflows for ranges near
        // Double's limit (0:1e306 stopped drawing at 4.5e305).
        let xs = (0..<count).map { range.lowerBound + (range.upperBound - range.lowerBound) * (Double($0) / Double(count - 1)) }
        let fs = xs.map { activation.value($0) }
        let ds = xs.map { activation.derivative($0) }
        var series = [ChartSeries(name: "f(x)", xs: xs, ys: fs)]
        if derivative { series.append(ChartSeries(name: "f′(x)", xs: xs, ys: ds)) }
        let entry = activation.entry
        let shown = entry.parameters.compactMap { spec in
            activation[parameter: spec.name].map { "\(spec.name)=\(NumberFormat.short($0, digits: 4))" }
        }
        let named = shown.isEmpty ? entry.displayName : entry.displayName + " (" + shown.joined(separator: ", ") + ")"
        // The fullest title that fits; the chart cuts the last one if need be.
        let candidates = [named + ":  " + entry.formula, entry.displayName + ":  " + entry.formula, named, entry.displayName]
        let title = candidates.first { CharacterWidth.of($0) <= columns } ?? entry.displayName
        // Swish's, GELU's and mish's minimum, marked with its value.
        let markers = activation.minimumX.flatMap { x -> [ChartMarker]? in
            guard range.contains(x) else { return nil }
            let y = activation.value(x)
            return [ChartMarker(x: x, y: y, label: "min \(NumberFormat.short(y, digits: 3)) at x = \(NumberFormat.short(x, digits: 4))")]
        } ?? []
        return LineChart(title: title, xLabel: "x", xRange: range, series: series,
                         regions: ShadedRegion.regions(of: activation, at: xs), markers: markers)
    }

    static func parseRange(_ text: String) throws -> ClosedRange<Double> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw CLIError("--range expects LO:HI, e.g. -6:6 (got '\(text)')") }
        guard let lo = Double(parts[0].trimmingCharacters(in: .whitespaces)),
              let hi = Double(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw CLIError("--range expects two numbers LO:HI, e.g. -6:6 (got '\(text)')")
        }
        guard lo.isFinite, hi.isFinite else { throw CLIError("--range bounds must be finite numbers (got '\(text)')") }
        guard lo < hi else { throw CLIError("--range needs LO < HI (got '\(text)')") }
        guard (hi - lo).isFinite else { throw CLIError("--range is too wide to plot (got '\(text)')") }
        return lo...hi
    }

    static let minimumSize = (width: 20, height: 8)

    static func parseSize(_ text: String) throws -> (Int, Int) {
        guard let (w, h) = ConfigurationParser.cellSize(text) else {
            throw CLIError("--size expects WIDTHxHEIGHT, e.g. 80x24 (got '\(text)')")
        }
        guard w >= minimumSize.width, h >= minimumSize.height else {
            throw CLIError("--size must be at least \(minimumSize.width)x\(minimumSize.height) (got '\(text)')")
        }
        guard w <= 1000, h <= 500 else { throw CLIError("--size is at most 1000x500 (got '\(text)')") }
        return (w, h)
    }

    /// The terminal's size (one row left for the prompt), or 80×24 when
    /// stdout is not a terminal.
    static func defaultSize() -> (Int, Int) {
        guard isatty(STDOUT_FILENO) == 1 else { return (80, 24) }
        var size = winsize()
        var columns = 0, rows = 0
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 {
            columns = Int(size.ws_col)
            rows = Int(size.ws_row)
        }
        let env = ProcessInfo.processInfo.environment
        if columns <= 0 { columns = env["COLUMNS"].flatMap { Int($0) } ?? 80 }
        if rows <= 0 { rows = env["LINES"].flatMap { Int($0) } ?? 24 }
        return (min(max(columns, minimumSize.width), 1000), min(max(rows - 1, minimumSize.height), 500))
    }
}
