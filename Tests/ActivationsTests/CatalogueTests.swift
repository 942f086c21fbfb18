import Activations
import Testing

/// Names, aliases, suggestions, parameter validation, and the completeness
/// of every entry.
@Suite struct CatalogueTests {
    @Test func entriesFollowKindOrder() {
        #expect(Catalogue.entries.map(\.kind) == ActivationKind.allCases)
        for kind in ActivationKind.allCases {
            #expect(Catalogue.entry(for: kind).kind == kind)
            #expect(Activation(kind).entry.kind == kind)
            #expect(Activation(kind).name == kind.rawValue)
        }
    }

    @Test func canonicalNamesAndAliasesResolve() throws {
        for entry in Catalogue.entries {
            for name in [entry.kind.rawValue] + entry.aliases {
                #expect(try Catalogue.kind(named: name) == entry.kind, "\(name)")
                #expect(try Catalogue.kind(named: name.uppercased()) == entry.kind, "\(name.uppercased())")
            }
        }
        #expect(try Catalogue.kind(named: "SiLU") == .swish)
        #expect(try Catalogue.kind(named: "Leaky_ReLU") == .leakyReLU)
        #expect(try Catalogue.kind(named: "leakyrelu") == .leakyReLU)
        #expect(try Catalogue.kind(named: "lrelu") == .leakyReLU)
        #expect(try Catalogue.kind(named: "Heaviside") == .step)
        #expect(try Catalogue.kind(named: "logistic") == .sigmoid)
        #expect(try Catalogue.kind(named: "hard swish") == .hardSwish)
        #expect(try Activation.named("GELU-tanh").kind == .geluTanh)
    }

    @Test func spellingsAreUnambiguous() {
        var seen: [String: ActivationKind] = [:]
        for entry in Catalogue.entries {
            for name in [entry.kind.rawValue] + entry.aliases {
                let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
                #expect(seen[key] == nil || seen[key] == entry.kind, "\(name) is claimed twice")
                seen[key] = entry.kind
            }
        }
    }

    @Test func unknownNameSuggestsTheClosest() {
        #expect(throws: ActivationError.self) { try Catalogue.kind(named: "sigmod") }
        do {
            _ = try Activation.named("sigmod")
            Issue.record("sigmod was accepted")
        } catch {
            guard case let .unknownName(name, suggestions) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(name == "sigmod")
            #expect(suggestions.first == "sigmoid")
            #expect(error.description.hasPrefix("unknown activation 'sigmod'; did you mean: sigmoid"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func suggestionsForTypos() {
        #expect(Catalogue.suggestions(for: "tanhh").first == "tanh")
        #expect(Catalogue.suggestions(for: "rleu").contains("relu"))
        #expect(Catalogue.suggestions(for: "swsh").first == "swish")
        #expect(Catalogue.suggestions(for: "leaky").first == "leaky-relu")
        #expect(Catalogue.suggestions(for: "gleu").contains("gelu"))
        #expect(Catalogue.suggestions(for: "selu6", limit: 2).count == 2)
        #expect(Catalogue.suggestions(for: "relu", limit: 0).isEmpty)
        // Nothing within typo distance: no guesses, and the error lists all.
        #expect(Catalogue.suggestions(for: "convolution").isEmpty)
        let error = ActivationError.unknownName("convolution", suggestions: [])
        #expect(error.description.contains("sigmoid") && error.description.contains("maxout"))
    }

    @Test func parametersDefaultAndValidate() throws {
        #expect(Activation(.maxout).parameters == ["w1": 1, "b1": 0, "w2": 0, "b2": 0])
        #expect(Activation(.leakyReLU)[parameter: "slope"] == 0.01)
        #expect(Activation(.prelu)[parameter: "alpha"] == 0.25)
        #expect(Activation(.sigmoid).parameters.isEmpty)
        #expect(Activation(.sigmoid)[parameter: "alpha"] == nil)

        let leaky = try Activation.named("lrelu", parameters: ["Slope": 0.2])
        #expect(leaky[parameter: "slope"] == 0.2)
        #expect(leaky.value(-1.0) == -0.2)
        #expect(leaky != Activation(.leakyReLU))

        #expect(throws: ActivationError.unknownParameter(activation: "elu", parameter: "beta", valid: ["alpha"])) {
            try Activation(.elu, parameters: ["beta": 1])
        }
        #expect(throws: ActivationError.unknownParameter(activation: "relu", parameter: "alpha", valid: [])) {
            try Activation(.relu, parameters: ["alpha": 1])
        }
        #expect(throws: ActivationError.parameterOutOfRange(activation: "swish", parameter: "beta", value: -1, range: 0.01...100)) {
            try Activation(.swish, parameters: ["beta": -1])
        }
        #expect(throws: ActivationError.self) { try Activation(.elu, parameters: ["alpha": .nan]) }
        #expect(throws: ActivationError.self) { try Activation(.elu, parameters: ["alpha": .infinity]) }
        #expect(throws: ActivationError.self) { try Activation(.celu, parameters: ["alpha": 0]) }
    }

    @Test func errorDescriptionsAreSingleLines() {
        let errors: [ActivationError] = [
            .unknownName("x", suggestions: ["relu"]),
            .unknownParameter(activation: "elu", parameter: "beta", valid: ["alpha"]),
            .unknownParameter(activation: "relu", parameter: "alpha", valid: []),
            .parameterOutOfRange(activation: "swish", parameter: "beta", value: -1, range: 0.01...100),
        ]
        for error in errors {
            #expect(!error.description.isEmpty && !error.description.contains("\n"))
        }
        #expect(errors[1].description.contains("'beta'") && errors[1].description.contains("alpha"))
        #expect(errors[3].description.contains("beta=-1.0") && errors[3].description.contains("[0.01, 100.0]"))
    }

    @Test(arguments: Catalogue.entries)
    func entryIsComplete(_ entry: CatalogueEntry) {
        #expect(!entry.displayName.isEmpty)
        #expect(!entry.formula.isEmpty && !entry.derivativeFormula.isEmpty && !entry.outputRange.isEmpty)
        #expect(!entry.keras.isEmpty && !entry.pytorch.isEmpty)
        for list in [entry.pros, entry.cons] {
            #expect(!list.english.isEmpty)
            #expect(list.english.count == list.korean.count, "\(entry.kind.rawValue): English and Korean lists differ")
            #expect(list.english.allSatisfy { !$0.isEmpty })
            // Every Korean point is actually written in Hangul.
            #expect(list.korean.allSatisfy { text in
                text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }
            }, "\(entry.kind.rawValue): a Korean point has no Hangul")
        }
        for spec in entry.parameters {
            #expect(spec.range.contains(spec.defaultValue), "\(entry.kind.rawValue).\(spec.name)")
            #expect(spec.range.lowerBound.isFinite && spec.range.upperBound.isFinite)
            #expect(!spec.meaning.isEmpty)
        }
    }

    @Test func propertiesMatchTheMaths() {
        // Checked numerically rather than trusted: monotone means f′ ≥ 0 on a
        // grid; bounded means |f| stays below 10 out to |x| = 1e6;
        // zero-centred means f(0) = 0 with values of both signs.
        let grid = (-4000...4000).map { Double($0) / 100 }
        for entry in Catalogue.entries {
            let a = Activation(entry.kind)
            let monotone = zip(grid, grid.dropFirst()).allSatisfy { a.value($0.0) <= a.value($0.1) }
            #expect(monotone == entry.properties.isMonotone, "\(entry.kind.rawValue) monotone")
            let bounded = [-1e6, 1e6].allSatisfy { abs(a.value($0)) < 10 }
            #expect(bounded == entry.properties.isBounded, "\(entry.kind.rawValue) bounded")
            let zeroCentred = a.value(0.0) == 0 && grid.contains { a.value($0) < 0 } && grid.contains { a.value($0) > 0 }
            #expect(zeroCentred == entry.properties.isZeroCentred, "\(entry.kind.rawValue) zero-centred")
        }
    }

    @Test func smoothnessMatchesTheKinks() {
        // Smooth (C¹) means f′ has no jump: compare one-sided limits at each
        // kind's candidate kinks.
        for entry in Catalogue.entries {
            let a = Activation(entry.kind)
            let jumps = [-3.0, -0.5, 0, 0.5, 3, 6].contains { x in
                abs(a.derivative(x - 1e-9) - a.derivative(x + 1e-9)) > 1e-6
            }
            let valueJumps = [0.0, -0.5, 0.5].contains { x in abs(a.value(x - 1e-12) - a.value(x + 1e-12)) > 1e-6 }
            #expect((!jumps && !valueJumps) == entry.properties.isSmooth, "\(entry.kind.rawValue) smooth")
        }
    }
}

@Suite struct ActivationDescriptionTests {
    @Test func descriptionShowsNameAndParameters() throws {
        #expect(Activation(.relu).description == "relu")
        #expect(try Activation(.leakyReLU, parameters: ["slope": 0.2]).description == "leaky-relu(slope=0.2)")
        #expect(Activation(.maxout).description == "maxout(w1=1, b1=0, w2=0, b2=0)")
        #expect(try Activation(.prelu, parameters: ["alpha": -0.5]).description == "prelu(alpha=-0.5)")
    }
}
