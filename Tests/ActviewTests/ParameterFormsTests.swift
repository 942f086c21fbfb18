import Testing

/// `train`, `plot` and `eval` read `--param` through one parser: the same
/// forms are accepted, and an unknown name is one line everywhere.
struct ParameterFormsTests {
    @Test(arguments: ["train", "plot", "eval"])
    func unknownParameterIsOneLine(command: String) throws {
        let tail: [String] = switch command {
        case "train": ["--activation", "leaky-relu", "--dataset", "xor:n=40", "--epochs", "1"]
        case "plot": ["leaky-relu", "--size", "40x12", "--format", "text"]
        default: ["leaky-relu", "1"]
        }
        // The parameter goes before eval's inputs, which take everything after them.
        func run(_ parameter: [String]) throws -> BinaryRunner.Result {
            try BinaryRunner.run([command] + parameter + tail)
        }
        let r = try run(["--param", "slop=0.2"])
        #expect(r.status == 1)
        #expect(r.stderr == "actview: unknown parameter 'slop' for leaky-relu; did you mean: slope?\n", "\(r.stderr)")
        // The same two accepted forms in every command.
        for form in [["--param", "slope=0.2"], ["--param", "slope=0.2,slope=0.2"]] {
            let ok = try run(form)
            if form[1].contains(",") {
                #expect(ok.status == 1 && ok.stderr.contains("more than once"), "\(command) \(form): \(ok.stderr)")
            } else {
                #expect(ok.status == 0, "\(command) \(form): \(ok.stderr)")
            }
        }
    }

    @Test func commaJoinedParametersWorkInTrain() throws {
        let r = try BinaryRunner.run(["train", "--activation", "leaky-relu,elu", "--hidden", "8,8", "--dataset", "xor:n=40",
                                      "--epochs", "1", "--param", "slope=0.2,alpha=0.5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("leaky-relu,elu"))
    }
}
