import Foundation
import Testing

/// Random command lines through the real binary: the real subcommands and
/// options with valid, extreme and junk values, plus stray tokens. Every run
/// ends within its time limit, without a signal, and either succeeds or says
/// what was wrong in exactly one line `actview: …` with a non-zero status.
///
/// `ACTVIEW_FUZZ_SEED` replays a run; `ACTVIEW_ARGV_CASES` sets how many
/// command lines to try (`Scripts/fuzz-long.sh` runs thousands).
@Suite(.serialized) struct ArgumentFuzzTests {
    static let defaultSeed: UInt64 = 20_261_129
    static let defaultCases = 200
    /// No single case may take longer than this; valid runs are kept small.
    static let timeout = 30.0

    /// Outcome of one command line, judged by the product's promises.
    static func problem(with r: BinaryRunner.Result) -> String? {
        if r.status == 124 { return "did not finish within \(timeout) s" }
        for marker in ["Fatal error", "Program crashed", "Backtracing", "Stack dump", "Current stack trace", "SIGSEGV"]
        where r.stderr.contains(marker) || r.stdout.contains(marker) {
            return "crashed (\(marker))"
        }
        // Statuses the product never uses itself: a signal's number, or 128 + it.
        if (4...15).contains(r.status) || (129...159).contains(r.status) { return "ended with status \(r.status)" }
        if r.status != 0 {
            let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == 2, lines[1].isEmpty, lines[0].hasPrefix("actview: "), lines[0].count > 12 else {
                return "status \(r.status) without exactly one 'actview: …' line on stderr"
            }
            if lines[0].unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\t" }) {
                return "error line holds control characters"
            }
        }
        // Numbers in tables and JSON are finite or visibly missing.
        if let line = r.stdout.split(separator: "\n").first(where: { $0.contains(/(?:^|[^A-Za-z])(?:nan|inf)(?:[^A-Za-z]|$)/) }),
           !line.hasPrefix("#") {
            return "stdout prints a non-finite number: \(line.prefix(160))"
        }
        return nil
    }

    @Test func randomCommandLinesEndCleanly() throws {
        let seed = ProcessInfo.processInfo.environment["ACTVIEW_FUZZ_SEED"].flatMap { UInt64($0) } ?? Self.defaultSeed
        let cases = ProcessInfo.processInfo.environment["ACTVIEW_ARGV_CASES"].flatMap { Int($0) } ?? Self.defaultCases
        let scratch = try ScratchFiles()
        defer { scratch.remove() }
        var generator = ArgumentGenerator(seed: seed, scratch: scratch)
        var statuses: [Int32: Int] = [:]
        var failures: [String] = []
        for index in 0..<cases {
            let (arguments, input) = generator.next()
            let r = try BinaryRunner.run(arguments, input: input, timeout: Self.timeout)
            statuses[r.status, default: 0] += 1
            if let problem = Self.problem(with: r) {
                failures.append("case \(index): actview \(Self.shellQuoted(arguments)): \(problem)\n  stderr: \(r.stderr.prefix(400))")
                if failures.count >= 5 { break }
            }
        }
        print("argument fuzz: seed \(seed), \(cases) command lines, exit statuses \(statuses.sorted { $0.key < $1.key })")
        #expect(failures.isEmpty, "replay: ACTVIEW_FUZZ_SEED=\(seed)\n\(failures.joined(separator: "\n"))")
        // Both outcomes occur: the generator is neither all junk nor all valid.
        #expect(statuses[0, default: 0] > cases / 10)
        #expect(statuses.filter { $0.key != 0 }.values.reduce(0, +) > cases / 3)
    }

    /// Sizes that would need gigabytes are refused in one line, not by the
    /// allocator; run under a 3 GiB address-space limit so a giant allocation
    /// fails loudly even where the system would overcommit.
    @Test(arguments: [
        ["train", "--dataset", "xor:n=40", "--epochs", "1", "--hidden", "100000,100000"],
        ["train", "--dataset", "xor:n=40", "--epochs", "1", "--hidden", "99999999999999"],
        ["train", "--dataset", "xor:n=40", "--epochs", "1", "--hidden", "4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096,4096"],
        ["train", "--dataset", "xor:n=40", "--epochs", "1", "--activation", "maxout", "--maxout-pieces", "1000000000"],
        ["train", "--dataset", "xor:n=40", "--epochs", "1", "--activation", "maxout", "--hidden", "30000", "--maxout-pieces", "30000"],
        ["train", "--dataset", "spiral:n=1000000000", "--epochs", "1"],
    ])
    func giantNetworksAreRefused(arguments: [String]) throws {
        let r = try BinaryRunner.runInShell(["-c", "ulimit -v 3145728; exec \"$0\" \"$@\"", BinaryRunner.executable.path] + arguments,
                                            timeout: Self.timeout)
        #expect(Self.problem(with: r) == nil, "\(r.stderr.prefix(300))")
        #expect(r.status == 1, "status \(r.status): \(r.stderr.prefix(300))")
    }

    static func shellQuoted(_ arguments: [String]) -> String {
        arguments.map { a in
            a.allSatisfy { $0.isLetter || $0.isNumber || "-_=.,:/+".contains($0) } && !a.isEmpty
                ? a : "'" + a.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}

extension BinaryRunner {
    /// Runs `/bin/sh arguments…` instead of the binary itself, for limits
    /// such as `ulimit` that must be set in the child.
    static func runInShell(_ arguments: [String], timeout: Double) throws -> Result {
        let script = URL(fileURLWithPath: "/bin/sh")
        let process = Process()
        process.executableURL = script
        process.arguments = arguments
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        // Outputs here are one line; the pipes cannot fill up.
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(status: timedOut ? 124 : status, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

/// Files the generated command lines point at: good and bad data sets,
/// writable and unwritable output paths.
struct ScratchFiles {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("actview-argv-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var csv = "x,y,label\n"
        for i in 0..<40 { csv += "\(Double(i % 7) - 3),\(Double(i % 5) * 0.5),\(i % 2)\n" }
        try Data(csv.utf8).write(to: directory.appendingPathComponent("good.csv"))
        try Data("x,y,label\n1,2\n3,nan,1\n\u{1B}[2J,,\n".utf8).write(to: directory.appendingPathComponent("bad.csv"))
        try Data((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: directory.appendingPathComponent("junk.bin"))
        // An IDX header claiming 10^6 images of 32×32 in a 120-byte file.
        let mnist = directory.appendingPathComponent("mnist")
        try FileManager.default.createDirectory(at: mnist, withIntermediateDirectories: true)
        var images: [UInt8] = [0, 0, 8, 3, 0, 0x0F, 0x42, 0x40, 0, 0, 0, 32, 0, 0, 0, 32]
        images += [UInt8](repeating: 1, count: 104)
        try Data(images).write(to: mnist.appendingPathComponent("train-images-idx3-ubyte"))
        try Data([0, 0, 8, 1, 0, 0, 0, 2, 0, 1]).write(to: mnist.appendingPathComponent("train-labels-idx1-ubyte"))
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Command lines from the real grammar: a subcommand, its options with a mix
/// of valid, extreme and junk values, and now and then a stray token.
/// Valid runs stay small (one epoch on 40 points) so each case is quick.
struct ArgumentGenerator {
    private var state: UInt64
    let scratch: ScratchFiles

    init(seed: UInt64, scratch: ScratchFiles) {
        state = seed
        self.scratch = scratch
    }

    /// SplitMix64: self-contained, so this target needs no library for it.
    private mutating func next64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { Int(next64() % UInt64(n)) }
    private mutating func chance(_ p: Double) -> Bool { Double(next64() >> 11) * 0x1.0p-53 < p }
    private mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let junk = ["", "-", "--", "-x", "--nope", "=", "==", "nan", "-nan", "inf", "-inf", "1e309", "-1e309", "0x1F",
                       "99999999999999999999", "-99999999999999999999", "18446744073709551616", "한글", "💥", "\u{7F}",
                       "\u{1B}[2J", "%s%n%x", "../../../../etc/passwd", "/dev/zero", "/dev/null", "\t", " ", "-0",
                       String(repeating: "A", count: 5000), "--help", "-h", "--version", "help"]
    static let activations = ["relu", "sigmoid", "tanh", "step", "sign", "linear", "leaky-relu", "prelu", "elu", "selu",
                              "swish", "gelu", "maxout", "softplus", "hard-sigmoid", "RELU", "Leaky ReLU", "relu6",
                              "sigmod", "relu,tanh", "relu,", ",", "relu,relu,relu,relu"]
    static let numbers = ["0", "1", "-1", "0.5", "1e-300", "1e300", "nan", "inf", "-inf", "1e309", "abc", "", "3.", "-0"]

    mutating func next() -> ([String], String?) {
        var argv: [String]
        var input: String?
        switch below(100) {
        case 0..<28: argv = training(command: "train")
        case 28..<33: argv = training(command: "compare")
        case 33..<36: argv = export()
        case 36..<50: (argv, input) = eval()
        case 50..<64: argv = plot()
        case 64..<76: argv = snapshot()
        case 76..<84: argv = ["list"] + (chance(0.7) ? ["--format", pick(["table", "csv", "json", "xml", "", "JSON"])] : [])
        case 84..<88:
            // A full benchmark takes minutes; only bad options reach it here.
            argv = ["bench", pick(["--format", "--format=", "--quick=1", "--repeat", "--format"]), pick(["xml", "", "--quick", "-1"])]
        case 88..<94:
            // The explorer without a terminal: one line saying it needs one.
            argv = explorerOptions()
        default:
            argv = (0..<below(4)).map { _ in pick(Self.junk + Self.activations + ["train", "list", "plot"]) }
        }
        if chance(0.25) {
            argv.insert(pick(Self.junk), at: below(argv.count + 1))
        }
        // Arguments cannot hold NUL; the kernel would cut them there.
        return (argv.map { $0.replacingOccurrences(of: "\0", with: "") }, input)
    }

    private mutating func training(command: String) -> [String] {
        // Small by default; later options override these.
        var argv = [command, "--epochs", "1", "--dataset", pick(["xor:n=40", "circles:n=40", "moons:n=40", "gaussians:n=40,classes=3"])]
        let options: [(String, [String])] = [
            ("--preset", ["lecture", "saturation", "dead-relu", "no-activation", "race", "bogus", ""]),
            ("--dataset", ["xor:n=40", "spiral:n=40,noise=0.1", "spiral:n=0", "spiral:n=1e9", "csv:" + scratch.path("good.csv"),
                           "csv:" + scratch.path("bad.csv"), "csv:" + scratch.path("junk.bin"), "csv:/nonexistent.csv",
                           "mnist:" + scratch.path("mnist"), "mnist:/nonexistent", "csv:/dev/zero", "csv:", "mnist", "imagenet", ""]),
            ("--hidden", ["4", "4,4", "8,4,2", "0", "-1", "", "a", "4,,4", "4, 4", "2147483648", "1e3"]),
            ("--init", ["lecture", "glorot-uniform", "he-normal", "uniform:0.1", "uniform:-1", "normal:nan", "zeros", "auto", "bogus", "uniform:"]),
            ("--optimizer", ["gd", "sgd", "momentum", "nesterov", "adam", "rmsprop", "ADAM", "bogus"]),
            ("--lr", ["0.01", "0.1", "1000", "0", "-1", "nan", "inf", "1e309", "1e-300", "x"]),
            ("--batch", ["0", "1", "8", "-1", "2147483647", "99999999999999999999", "x"]),
            ("--epochs", ["1", "2", "0", "-1", "x", ""]),
            ("--seed", ["0", "1", "18446744073709551615", "-1", "18446744073709551616", "x"]),
            ("--output", ["softmax", "sigmoid", "linear", ""]),
            ("--reduction", ["sum", "mean", "max"]),
            ("--weight-decay", ["0", "0.001", "-1", "nan", "1e300"]),
            ("--maxout-pieces", ["2", "3", "1", "0", "-5"]),
            ("--param", ["alpha=0.1", "slope=0.2", "alpha=nan", "alpha=1e309", "=1", "alpha=", "alpha", "beta=2"]),
            ("--label-column", ["0", "-1", "1", "5", "-9", "99999999999999999999"]),
            ("--test-fraction", ["0", "0.2", "0.99", "1", "-0.1", "nan"]),
            ("--activation", Self.activations),
            ("--format", ["table", "csv", "json", "xml", ""]),
            ("--memory-limit", ["512M", "2G", "64K", "1T", "0G", "-1G", "2048", "lots", "1e400G", ""]),
        ]
        let compareOptions: [(String, [String])] = [
            ("--lr", ["relu=0.1", "relu=0.1,tanh=0.2", "0.1,relu=0.3", "relu=0", "nope=1", "relu=", "=0.1", "relu=0.1,relu=0.2"]),
            ("--tune-lr", ["0.01,0.1", "0.01..1/3", "1..0.01/3", "0.01..1/1", "0.01..1/51", "0.01..1", "0..1/3", "x", ""]),
            ("--target-train-accuracy", ["0.5", "0.99", "0", "2", "nan", "x"]),
            ("--target-accuracy", ["0.5", "1", "-1", "inf"]),
            ("--target-train-loss", ["0.5", "0", "-1", "nan"]),
            ("--repeats", ["1", "2", "0", "-1", "x"]),
            ("--checks-per-epoch", ["1", "4", "0", "-3"]),
        ]
        let available = command == "compare" ? options + compareOptions : options
        for _ in 0..<below(5) {
            let (name, values) = pick(available)
            argv += [name, pick(values + (chance(0.1) ? Self.junk : []))]
        }
        if chance(0.1) { argv.append("--no-bias") }
        return argv
    }

    /// `export` takes train's options (`--format` is not one of them).
    private mutating func export() -> [String] {
        var argv = training(command: "export")
        if chance(0.9) { argv += ["--to", pick(["pytorch", "keras", "KERAS", "tensorflow", ""])] }
        if chance(0.3) { argv.append("--same-start") }
        if chance(0.2) {
            argv += ["--config", pick([scratch.path("good.csv"), scratch.path("junk.bin"), "/nonexistent.json", "/dev/zero", "/tmp", ""])]
        }
        if chance(0.1) { argv += ["--out", pick(["/nonexistent/dir/x.py", "/tmp", ""])] }
        return argv
    }

    private mutating func eval() -> ([String], String?) {
        var argv = ["eval", pick(Self.activations + ["", "-1", "nan"])]
        if chance(0.3) { argv += ["--param", pick(["alpha=0.1", "alpha=-1", "alpha=nan", "k=", "alpha=1e309", "slope=0"])] }
        for _ in 0..<below(4) { argv.append(pick(Self.numbers + ["1e-400", "--", "-5", "2,3"])) }
        if argv.count == 2 || chance(0.2) {
            // No inputs on the line: they come from standard input.
            let lines = (0..<below(6)).map { _ in pick(Self.numbers + ["1 2 3", "\t4", "1,2", "\u{FEFF}1"]) }
            return (argv, lines.joined(separator: pick(["\n", "\r\n", " "])) + (chance(0.5) ? "\n" : ""))
        }
        return (argv, nil)
    }

    private mutating func plot() -> [String] {
        var argv = ["plot", pick(Self.activations)]
        let options: [(String, [String])] = [
            ("--range", ["-5:5", "5:-5", "0:0", "nan:1", "-inf:inf", "-1e308:1e308", "a:b", ":", "-3", "1e-300:2e-300"]),
            ("--size", ["80x24", "1x1", "0x0", "2x2", "1000x1000", "100000x100000", "axb", "80", "-1x-1", "300x100"]),
            ("--format", ["text", "ansi", "svg", "pdf", ""]),
            ("--theme", ["dark", "light", "mono", "neon"]),
            ("--color", ["auto", "always", "never", "sometimes"]),
            ("--param", ["alpha=0.1", "alpha=nan", "=", "beta=1e309"]),
        ]
        for _ in 0..<below(4) {
            let (name, values) = pick(options)
            argv += [name, pick(values)]
        }
        if chance(0.2) { argv.append("--ascii") }
        if chance(0.2) { argv.append("--no-derivative") }
        return argv
    }

    private mutating func snapshot() -> [String] {
        let outs = [scratch.path("s.svg"), scratch.path("s.txt"), scratch.path("s.ans"), scratch.path("s.png"),
                    "/nonexistent-dir/s.svg", "/proc/s.svg", scratch.directory.path, scratch.path("good.csv"), ""]
        var argv = ["snapshot", "--steps", pick(["0", "5", "20"]), "--dataset", "xor:n=40", "--size", "60x20"]
        let options: [(String, [String])] = [
            ("--steps", ["0", "1", "30", "-1", "1000001", "x"]),
            ("--size", ["80x24", "1x1", "0x0", "1000x1000", "1001x1", "300x100", "x", "10x"]),
            ("--keys", ["n", "<steps:5>", "<Tab><S-Tab>", "a<Down><Enter>", "<Foo>", "<", "<steps:-1>", "<steps:x>",
                        "q", "?", "n<steps:3>p<steps:3>", "R+++++", "<F1><Esc>", "d<steps:2>", "한글", "\u{1B}[A"]),
            // Not the lecture's 1000-unit net or the 16-layer one: a snapshot
            // of those takes minutes of a loaded machine in a debug build.
            ("--preset", ["race", "dead-relu", "no-activation", "bogus"]),
            ("--activation", Self.activations),
            ("--dataset", ["xor:n=40", "circles:n=40", "csv:" + scratch.path("good.csv"), "csv:" + scratch.path("bad.csv"), "nope"]),
            ("--lang", ["en", "ko", "fr"]),
            ("--theme", ["dark", "light", "mono", "x"]),
            ("--seed", ["0", "7", "-1"]),
        ]
        for _ in 0..<below(4) {
            let (name, values) = pick(options)
            argv += [name, pick(values)]
        }
        if chance(0.2) { argv.append(pick(["--ascii", "--no-color", "--timing"])) }
        if chance(0.95) { argv += ["--out", pick(outs)] }
        return argv
    }

    private mutating func explorerOptions() -> [String] {
        var argv: [String] = []
        let options: [(String, [String])] = [
            ("--preset", ["lecture", "race", "bogus"]), ("--activation", Self.activations),
            ("--dataset", ["xor", "nope", "csv:/nonexistent"]), ("--lang", ["en", "ko", "xx"]),
            ("--theme", ["dark", "neon"]), ("--color", ["auto", "sometimes"]), ("--seed", ["1", "-1"]),
            ("--speed", ["30", "max", "0", "fast"]),
        ]
        for _ in 0..<below(3) {
            let (name, values) = pick(options)
            argv += [name, pick(values)]
        }
        return argv
    }
}
