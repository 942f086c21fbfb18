import Datasets
import Activations
@testable import Explorer
import Foundation
import NeuralNet
import TermPlot
import Testing

/// Seeded random event streams against the explorer model: every key the
/// backend can decode, random Unicode, resizes from 1×1 to 300×100, real
/// training snapshots (and damaged ones), ticks, notices and costs. After
/// every event the state must be valid, and the view must fit its screen,
/// keep wide characters whole and never spell a number as "nan" or "inf".
///
/// `ACTVIEW_FUZZ_SEED` replays a failing run; `ACTVIEW_FUZZ_EVENTS` makes
/// one longer (`Scripts/fuzz-long.sh` does both).
@Suite struct ExplorerFuzzTests {
    static let defaultSeed: UInt64 = 20_261_129
    static let defaultEventCount = 20_000

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["ACTVIEW_FUZZ_SEED"].flatMap { UInt64($0) } ?? defaultSeed
    }

    static var eventCount: Int {
        ProcessInfo.processInfo.environment["ACTVIEW_FUZZ_EVENTS"].flatMap { Int($0) }.map { max(1, $0) }
            ?? defaultEventCount
    }

    @Test func randomEventsKeepTheModelValidAndTheViewInsideTheScreen() throws {
        let seed = Self.seed
        let poolStart = ContinuousClock.now
        let pool = try SnapshotPool.shared()
        let poolTime = ContinuousClock.now - poolStart
        var fuzz = ModelFuzz(seed: seed, pool: pool)
        let count = Self.eventCount
        for index in 0..<count {
            if let failure = fuzz.runOne(index: index) {
                Issue.record("""
                    explorer fuzz failed at event \(index) of \(count) (replay: ACTVIEW_FUZZ_SEED=\(seed)): \(failure)
                    last events:
                    \(fuzz.recent.joined(separator: "\n"))
                    """)
                return
            }
        }
        // The stream reached the states it is meant to: the counts are of
        // what happened, so a generator that stopped producing a kind of
        // event would fail here rather than pass quietly.
        let c = fuzz.counters
        print("explorer fuzz: seed \(seed), \(count) events, \(c.renders) renders, \(c.resizes) resizes, "
            + "\(c.snapshots) snapshots (\(c.accepted) accepted), \(c.restarts) restarts, \(c.reopened) reopenings, "
            + "\(c.pickerKeys) picker keys, \(c.helpOpened) help overlays, \(c.diverged) diverged runs drawn; "
            + "update \(c.updateTime), render \(c.renderTime), snapshot pool \(poolTime)")
        guard count >= ExplorerFuzzTests.defaultEventCount else { return }
        #expect(c.renders >= count / 10)
        #expect(c.resizes > count / 20)
        // One event in 25 to one in 18 across seeds (820…1120 of 20 000); fewer
        // restarts mean more repeats of the snapshot already on screen.
        #expect(c.accepted > count / 30)
        #expect(c.restarts > 100)
        #expect(c.pickerKeys > 100)
        #expect(c.helpOpened > 20)
        #expect(c.diverged > 10)
        #expect(c.reopened > 0)
    }

    /// The same seed gives the same run: what makes a printed seed useful.
    @Test func aSeedReplaysExactly() throws {
        let pool = try SnapshotPool.shared()
        var first = ModelFuzz(seed: 7, pool: pool)
        var second = ModelFuzz(seed: 7, pool: pool)
        for index in 0..<400 {
            #expect(first.runOne(index: index) == nil)
            #expect(second.runOne(index: index) == nil)
        }
        #expect(first.recent == second.recent && first.recent.count > 10)
        #expect(first.explorer.configuration == second.explorer.configuration)
        #expect(first.explorer.view(width: 100, height: 30) == second.explorer.view(width: 100, height: 30))
    }

    /// The checks themselves catch what they claim to: a "nan" number, a
    /// wide character cut in half, a control character in a cell.
    @Test func theViewChecksRejectBrokenScreens() {
        var screen = Screen(width: 10, height: 2)
        screen.put("loss nan", x: 0, y: 0)
        #expect(ViewCheck.problems(in: screen, width: 10, height: 2) != nil)
        screen = Screen(width: 10, height: 2)
        screen.put("loss -inf", x: 0, y: 1)
        #expect(ViewCheck.problems(in: screen, width: 10, height: 2) != nil)
        screen = Screen(width: 20, height: 2)
        screen.put("NaN at step 3", x: 0, y: 0)
        screen.put("range (-inf, inf", x: 0, y: 1)
        #expect(ViewCheck.problems(in: screen, width: 20, height: 2) == nil)
        screen = Screen(width: 4, height: 1)
        screen[0, 0] = Cell("한")
        #expect(ViewCheck.problems(in: screen, width: 4, height: 1) != nil)
        screen = Screen(width: 4, height: 1)
        screen[2, 0] = Cell(" ", isContinuation: true)
        #expect(ViewCheck.problems(in: screen, width: 4, height: 1) != nil)
        screen = Screen(width: 4, height: 1)
        screen[1, 0] = Cell("\u{1B}")
        #expect(ViewCheck.problems(in: screen, width: 4, height: 1) != nil)
        #expect(ViewCheck.problems(in: Screen(width: 3, height: 3), width: 4, height: 3) != nil)
        screen = Screen(width: 4, height: 1)
        screen.put("한글", x: 0, y: 0)
        #expect(ViewCheck.problems(in: screen, width: 4, height: 1) == nil)
    }
}

// MARK: - The fuzzer

/// One explorer, fed one random event at a time by a stand-in for the shell
/// that answers effects the way the real one does.
struct ModelFuzz {
    struct Counters {
        var renders = 0, resizes = 0, snapshots = 0, accepted = 0, restarts = 0
        var reopened = 0, pickerKeys = 0, helpOpened = 0, diverged = 0
        var renderTime = Duration.zero, updateTime = Duration.zero
    }

    private(set) var explorer: Explorer
    private var random: SeededRandom
    private let pool: SnapshotPool
    private var width = 120
    private var height = 36
    /// The step counter of the run on screen, so stepped snapshots advance.
    private var runStep = 0
    private(set) var counters = Counters()
    /// The last events, described only when a failure message needs them.
    private var recentEvents: [Event] = []
    var recent: [String] { recentEvents.map(Self.describe) }
    /// A problem found while answering the start-up effects in `init`.
    private var startupProblem: String?

    init(seed: UInt64, pool: SnapshotPool) {
        random = SeededRandom(seed: seed)
        self.pool = pool
        explorer = Self.open(&random)
        startupProblem = deliver(explorer.startupEffects)
    }

    /// Random options, as the command line could give them.
    private static func open(_ random: inout SeededRandom) -> Explorer {
        let presets: [TrainingPreset?] = [nil, nil] + TrainingPreset.allCases
        let activations: [ActivationKind?] = [nil, nil, nil, .sigmoid, .prelu, .maxout, .selu, .step, .linear]
        let datasets: [DatasetSpec?] = [nil, nil, .synthetic(.xor), .synthetic(.circles), .digits]
        let options = ExplorerOptions(
            preset: presets[random.index(below: presets.count)],
            activation: activations[random.index(below: activations.count)],
            dataset: datasets[random.index(below: datasets.count)],
            language: random.index(below: 3) == 0 ? .korean : .english,
            theme: [Theme.dark, .light, .mono][random.index(below: 3)],
            unicode: random.index(below: 4) != 0,
            color: random.index(below: 2) == 0,
            seed: random.next() % 1000,
            showsTiming: random.index(below: 2) == 0)
        // Every option above is valid; a throw here is a bug the test reports.
        do {
            return try Explorer(options: options)
        } catch {
            Issue.record("valid options rejected: \(options): \(error)")
            return try! Explorer(options: ExplorerOptions())
        }
    }

    /// One event, then the checks; returns what went wrong, if anything.
    mutating func runOne(index: Int) -> String? {
        if let problem = startupProblem { return "at start-up: \(problem)" }
        let event = nextEvent()
        apply(event)
        remember(event)
        let pickerWasOpen: Bool
        if case .picker = explorer.overlay { pickerWasOpen = true } else { pickerWasOpen = false }
        let clock = ContinuousClock()
        let updateStart = clock.now
        let effects = explorer.update(event)
        counters.updateTime += clock.now - updateStart
        if case .key = event, pickerWasOpen { counters.pickerKeys += 1 }
        if case .help = explorer.overlay, case .key(let key) = event, KeyBinding.command(for: key) == .help {
            counters.helpOpened += 1
        }
        if let problem = checkEffects(effects) { return problem }
        if let problem = deliver(effects) { return problem }
        if let problem = StateCheck.problems(in: explorer) { return problem }
        var showsDivergence = false
        if case .training(let s) = event, case .diverged = s.state, explorer.snapshot == s { showsDivergence = true }
        var forcedRender = showsDivergence
        if case .resize = event { forcedRender = true }
        // Renders are the slow part in a debug build: every resize, every
        // diverged run, one event in 4 on tiny screens, 1 in 16 otherwise.
        if forcedRender || index % (width * height <= 600 ? 4 : 16) == 0 {
            counters.renders += 1
            if showsDivergence { counters.diverged += 1 }
            let renderStart = clock.now
            let screen = explorer.view(width: width, height: height)
            counters.renderTime += clock.now - renderStart
            if let problem = ViewCheck.problems(in: screen, width: width, height: height) { return problem }
        }
        if explorer.isFinished {
            // The program would end here; open a new one to keep going.
            counters.reopened += 1
            explorer = Self.open(&random)
            runStep = 0
            if let problem = deliver(explorer.startupEffects) { return problem }
        }
        return nil
    }

    private mutating func remember(_ event: Event) {
        recentEvents.append(event)
        if recentEvents.count > 48 { recentEvents.removeFirst(24) }
    }

    // MARK: Events

    private mutating func nextEvent() -> Event {
        let roll = random.index(below: 1000)
        switch roll {
        case 0..<520: return .key(nextKey())
        case 520..<600: return .resize(width: nextWidth(), height: nextHeight())
        case 600..<850: return .training(nextSnapshot())
        case 850..<920: return .tick(seconds: [0, 0.016, 0.1, 0.5, 1, 3, 5, 60][random.index(below: 8)])
        case 920..<960: return .notice(randomText(maximumLength: 200))
        case 960..<985: return .mouse(nextMouse())
        default: return .costs(nextCosts())
        }
    }

    /// Clicks, double-clicks, releases, drags and wheel turns anywhere, off-screen too.
    private mutating func nextMouse() -> MouseEvent {
        let buttons: [MouseEvent.Button] = [.left, .left, .left, .middle, .right, .wheelUp, .wheelDown, .none]
        let kinds: [MouseEvent.Kind] = [.press, .press, .doubleClick, .release, .drag]
        let x = random.index(below: 10) == 0 ? [-1, Int.min, Int.max, 100_000][random.index(below: 4)] : random.index(below: 200)
        let y = random.index(below: 10) == 0 ? [-1, Int.min, Int.max, 100_000][random.index(below: 4)] : random.index(below: 60)
        return MouseEvent(x: x, y: y, button: buttons[random.index(below: buttons.count)],
                          kind: kinds[random.index(below: kinds.count)])
    }

    private mutating func nextWidth() -> Int {
        switch random.index(below: 10) {
        case 0..<3: return 1 + random.index(below: 24)
        case 3..<7: return 60 + random.index(below: 121)
        default: return 1 + random.index(below: 300)
        }
    }

    private mutating func nextHeight() -> Int {
        switch random.index(below: 10) {
        case 0..<3: return 1 + random.index(below: 12)
        case 3..<7: return 20 + random.index(below: 41)
        default: return 1 + random.index(below: 100)
        }
    }

    /// The shell reads the new size before it passes the event on.
    private mutating func apply(_ event: Event) {
        if case .resize(let w, let h) = event {
            width = w
            height = h
            counters.resizes += 1
        }
    }

    static let namedKeys: [Key] = [
        .up, .down, .left, .right, .tab, .backTab, .enter, .backspace, .home, .end, .pageUp, .pageDown,
        .unknown, .function(1), .function(2), .function(5), .function(12), .function(0), .function(13),
        .function(-1), .function(Int.max),
    ]

    private mutating func nextKey() -> Key {
        let roll = random.index(below: 1000)
        switch roll {
        case 0..<8:
            // Quitting is rare, so runs get deep into their state.
            return random.index(below: 2) == 0 ? .character("q") : .function(10)
        case 8..<560:
            let bound = KeyBinding.all.flatMap(\.keys).filter { $0 != .character("q") && $0 != .function(10) }
            return bound[random.index(below: bound.count)]
        case 560..<760:
            return Self.namedKeys[random.index(below: Self.namedKeys.count)]
        case 760..<800:
            // Escape inside an overlay closes it rather than quitting.
            return explorer.overlay == nil ? .character("a") : .escape
        default:
            return .character(randomCharacter())
        }
    }

    /// Characters from everywhere a terminal could send: ASCII, Latin-1,
    /// combining marks, Hangul (syllables and jamo), CJK, emoji, controls,
    /// private use, and multi-scalar clusters.
    private mutating func randomCharacter() -> Character {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x00...0x1F, 0x7F...0x9F, 0xA0...0xFF, 0x300...0x36F, 0x1100...0x11FF,
            0xAC00...0xD7A3, 0x4E00...0x9FFF, 0x1F300...0x1F64F, 0xE000...0xF8FF, 0x2800...0x28FF,
            0xFF00...0xFF60, 0x200B...0x200F, 0xFE00...0xFE0F, 0x10000...0x10FFFF,
        ]
        if random.index(below: 12) == 0 {
            let clusters: [Character] = ["e\u{301}", "🇰🇷", "👩‍👩‍👧", "한\u{302}", "\r\n", "각", "ᄀ\u{1161}\u{11A8}", "a\u{20DD}"]
            return clusters[random.index(below: clusters.count)]
        }
        while true {
            let range = ranges[random.index(below: ranges.count)]
            let value = range.lowerBound + UInt32(random.index(below: Int(range.upperBound - range.lowerBound) + 1))
            if let scalar = Unicode.Scalar(value) { return Character(scalar) }
        }
    }

    private mutating func randomText(maximumLength: Int) -> String {
        var text = ""
        for _ in 0..<random.index(below: maximumLength + 1) {
            text.append(random.index(below: 3) == 0
                ? randomCharacter() : Character(Unicode.Scalar(UInt8(0x61 + random.index(below: 26)))))
        }
        if random.index(below: 10) == 0 { text += "\n second line\tand a tab" }
        return text
    }

    private mutating func nextCosts() -> [ActivationKind: Double] {
        var costs: [ActivationKind: Double] = [:]
        let odd: [Double] = [.nan, .infinity, -.infinity, 0, -1, 1e-300, 1e300, .greatestFiniteMagnitude]
        for kind in ActivationKind.allCases where random.index(below: 2) == 0 {
            costs[kind] = random.index(below: 8) == 0 ? odd[random.index(below: odd.count)] : random.uniform(0.1, 40)
        }
        return costs
    }

    /// Mostly a snapshot of the run on screen; sometimes a late one from a
    /// replaced run (another activation), which the explorer must ignore;
    /// sometimes one with non-finite numbers, as a diverging run produces.
    private mutating func nextSnapshot() -> TrainingSnapshot {
        let current = explorer.configuration.primaryActivation
        let kind = random.index(below: 8) == 0
            ? ActivationKind.allCases[random.index(below: ActivationKind.allCases.count)] : current
        let choices = pool.snapshots[kind] ?? []
        var snapshot = choices.isEmpty ? TrainingSnapshot() : choices[random.index(below: choices.count)]
        if random.index(below: 6) == 0 { damage(&snapshot) }
        // Another activation's snapshot stands for a replaced run's, late.
        snapshot.run = kind == current ? explorer.run : RunID(explorer.run.value - 1 - random.index(below: 3))
        counters.snapshots += 1
        return snapshot
    }

    private mutating func damage(_ s: inout TrainingSnapshot) {
        let bad: [Double] = [.nan, .infinity, -.infinity, -0.0, 1e308, -1e308, .leastNonzeroMagnitude]
        func pick() -> Double { bad[random.index(below: bad.count)] }
        switch random.index(below: 9) {
        case 0: s.trainLoss = pick(); s.testLoss = pick()
        case 1: s.trainAccuracy = pick(); s.testAccuracy = pick(); s.batchLoss = pick()
        case 2: s.learningRate = pick(); s.stepsPerSecond = pick(); s.epoch = pick()
        case 3:
            for i in s.layers.indices {
                s.layers[i].deadShare = pick(); s.layers[i].saturatedShare = pick()
                s.layers[i].gradientNorm = pick(); s.layers[i].activationMean = pick()
                s.layers[i].activationStandardDeviation = pick(); s.layers[i].zigzagShare = pick()
                s.layers[i].preactivationHistogram.lowerBound = pick()
            }
        case 4:
            for i in s.history.indices where random.index(below: 3) == 0 {
                s.history[i].trainLoss = pick(); s.history[i].testLoss = pick(); s.history[i].testAccuracy = pick()
            }
        case 5:
            // A long run's history, at the limit the trainer keeps.
            let base = s.history.last ?? EvaluationRecord(step: 0, epoch: 0, seconds: 0, trainLoss: 1, testLoss: 1,
                                                          trainAccuracy: 0.5, testAccuracy: 0.5)
            s.history = (0..<2001).map { i in
                var r = base
                r.step = i * 10
                r.epoch = Double(i) / 4
                r.trainLoss = 2 / Double(i + 1)
                r.testLoss = 2.2 / Double(i + 1)
                return r
            }
        case 6: s.outputGradientNorm = pick(); s.layers = []
        case 7:
            if var map = s.decisionMap {
                map.confidence = map.confidence.map { _ in Float(pick()) }
                s.decisionMap = map
            }
        default:
            s.step = Int.max / 2; s.stepsPerEpoch = 0; s.parameterCount = Int.max / 4; s.trainingSeconds = pick()
        }
    }

    // MARK: Effects

    /// Effects must make sense before the shell carries them out.
    private func checkEffects(_ effects: [Effect]) -> String? {
        for effect in effects {
            switch effect {
            case .setLearningRate(let rate) where !(rate.value.isFinite && rate.value > 0):
                return "asked for learning rate \(rate)"
            case .setPace(let rate?) where !(rate.isFinite && rate > 0):
                return "asked for a pace of \(rate) steps/s"
            case .startTraining(let c, _):
                do { try c.validate() } catch { return "asked to start an invalid configuration: \(error)" }
            default:
                break
            }
        }
        return nil
    }

    /// The shell's answers: a step-0 snapshot after a (re)start, a new state
    /// after pause and resume, a further step after a single step, a render
    /// for a screenshot and the CSV for an export.
    private mutating func deliver(_ effects: [Effect]) -> String? {
        var queue = effects
        var answered = 0
        while !queue.isEmpty, answered < 8 {
            let effect = queue.removeFirst()
            answered += 1
            switch effect {
            case .startTraining(let c, let run):
                counters.restarts += 1
                runStep = 0
                if random.index(below: 3) != 0, var first = pool.snapshots[c.primaryActivation]?.first {
                    first.run = run
                    queue += receive(first)
                }
            case .pauseTraining, .resumeTraining, .stepTraining:
                guard var s = explorer.snapshot else { continue }
                if effect == .stepTraining {
                    runStep += 1
                    s.step = runStep
                }
                if s.state == .running || s.state == .paused { s.state = effect == .resumeTraining ? .running : .paused }
                queue += receive(s)
            case .saveScreenshot:
                let screen = explorer.view(width: width, height: height)
                if let problem = ViewCheck.problems(in: screen, width: width, height: height) { return problem }
            case .exportMetrics:
                let rows = explorer.metricsCSV().split(separator: "\n")
                // Classification rows have 9 fields, regression rows 11; every row as many as the header.
                let fields = { (row: Substring) in row.split(separator: ",", omittingEmptySubsequences: false).count }
                let expected = rows.first.map(fields) ?? 9
                if ![9, 11].contains(expected) { return "metrics CSV header with \(expected) fields: \(rows[0])" }
                if let bad = rows.first(where: { fields($0) != expected }) {
                    return "metrics CSV row without \(expected) fields: \(bad)"
                }
                if let bad = rows.first(where: { ViewCheck.spellsNonFinite($0) }) {
                    return "metrics CSV spells a non-finite number: \(bad)"
                }
            case .saveScene(let scene):
                // Whatever state the keys reached, the file reads back as the
                // same scene, and opening it gives that scene again.
                do {
                    let read = try Scene.read(try scene.fileData(), source: "fuzz")
                    if read != scene { return "scene file read back differently: \(scene) → \(read)" }
                    let reopened = try Explorer(options: ExplorerOptions(scene: read, theme: explorer.options.theme)).scene
                    if reopened != scene { return "reopened scene differs: \(scene) → \(reopened)" }
                } catch {
                    return "scene not saved or reopened: \(error)"
                }
            case .measureBaseline(let c):
                // A baseline from the pool's snapshots, sometimes damaged like the rest.
                if random.index(below: 2) == 0, let result = pool.snapshots[c.primaryActivation]?.last {
                    queue += explorer.update(.baseline(c, result))
                }
            case .restoreCheckpoint(let step, _, let run):
                // The restored run's first snapshot: the moment's step, new run.
                guard var s = explorer.snapshot else { continue }
                s.run = run
                s.step = step
                queue += receive(s)
            case .quit, .setLearningRate, .setPace, .continueTraining, .runSteps, .measureClaim:
                break
            }
        }
        return nil
    }

    private mutating func receive(_ snapshot: TrainingSnapshot) -> [Effect] {
        let before = explorer.snapshot
        let effects = explorer.update(.training(snapshot))
        if explorer.snapshot != before { counters.accepted += 1 }
        return effects
    }

    static func describe(_ event: Event) -> String {
        switch event {
        case .key(let key): return "key \(key)"
        case .mouse(let m): return "mouse \(m.button) \(m.kind) at \(m.x),\(m.y)"
        case .resize(let w, let h): return "resize \(w)x\(h)"
        case .training(let s):
            return "training step \(s.step) state \(s.state) layers \(s.layers.map(\.activation)) loss \(String(describing: s.trainLoss))"
        case .tick(let t): return "tick \(t)"
        case .notice(let text): return "notice \(text.debugDescription.prefix(60))"
        case .costs(let c): return "costs for \(c.count) activations"
        case .baseline(let c, let s): return "baseline of \(c.hiddenLayers.count) layers, loss \(String(describing: s.trainLoss))"
        case .checkpoints(let run, let steps): return "checkpoints of \(run) at \(steps)"
        case .claimMeasured(let name, _): return "claim \(name) measured"
        }
    }
}

// MARK: - Checks

/// What must hold of the model after any event.
enum StateCheck {
    static func problems(in e: Explorer) -> String? {
        do { try e.configuration.validate() } catch { return "invalid configuration: \(error)" }
        let rate = e.configuration.learningRate
        guard rate.value.isFinite, rate.value > 0 else { return "learning rate \(rate)" }
        guard e.configuration.primaryActivation == e.activation else {
            return "header activation \(e.activation) but training \(e.configuration.activations)"
        }
        guard (0.75...48).contains(e.halfWidth) else { return "x half-width \(e.halfWidth)" }
        guard e.cursorX.isFinite, abs(e.cursorX) <= e.halfWidth else { return "cursor \(e.cursorX) outside ±\(e.halfWidth)" }
        guard (0..<max(1, e.configuration.hiddenSizes.count)).contains(e.highlightedLayer) else {
            return "highlighted layer \(e.highlightedLayer) of \(e.configuration.hiddenSizes.count)"
        }
        if case .picker(let picker) = e.overlay {
            let count = picker.matches.count
            guard count == 0 || (0..<count).contains(picker.selection) else {
                return "picker selection \(picker.selection) of \(count) matches"
            }
        }
        if let notice = e.notice, !(notice.secondsLeft > 0 && notice.secondsLeft.isFinite) {
            return "notice with \(notice.secondsLeft) s left"
        }
        if let race = e.race {
            guard race.current <= race.runners.count, race.results.count == race.current else {
                return "race at runner \(race.current) with \(race.results.count) results"
            }
        }
        if let s = e.snapshot, let name = s.layers.first?.activation, name != e.activation {
            return "shows a snapshot of \(name) while training \(e.activation)"
        }
        return nil
    }
}

/// What must hold of any rendered screen.
enum ViewCheck {
    /// A number printed as "nan", "-nan", "inf" or "-inf" (the spellings of
    /// printf and Swift), not part of a word; prose such as "NaN loss" is fine.
    static func spellsNonFinite(_ text: some StringProtocol) -> Bool {
        // Interval ends such as "[0, inf)" (the ASCII spelling of ∞ in a
        // range, perhaps clipped by a pane's edge, or with its start hidden
        // under an overlay's border: "| inf)") are notation, not a
        // formatted number.
        let prose = String(text).replacing(/[\[(,]\s*[+-]?inf(?=\s*(?:[\]),|│]|$))/, with: "")
            .replacing(/[|│]\s*[+-]?inf(?=[\])])/, with: "|")
        // Letters of any script around it make it part of a word (typed into
        // the picker's filter, say), not a number.
        return prose.contains(/(?:^|[^\p{L}])(?:nan|inf)(?:[^\p{L}]|$)/)
    }

    static func problems(in screen: Screen, width: Int, height: Int) -> String? {
        guard screen.width == max(0, width), screen.height == max(0, height),
              screen.cells.count == screen.width * screen.height else {
            return "asked for \(width)x\(height), got \(screen.width)x\(screen.height) with \(screen.cells.count) cells"
        }
        let width = screen.width
        for y in 0..<screen.height {
            for x in 0..<width {
                let cell = screen.cells[y * width + x]
                if cell.isContinuation {
                    let left = x > 0 ? screen.cells[y * width + x - 1] : Cell.blank
                    guard x > 0, !left.isContinuation, CharacterWidth.of(left.character) == 2 else {
                        return "orphan continuation cell at (\(x), \(y)) in row '\(screen.text(ofRow: y))'"
                    }
                    continue
                }
                // Most cells are ASCII: check those cheaply.
                if let ascii = cell.character.asciiValue {
                    guard ascii >= 0x20, ascii != 0x7F else { return "control character \(ascii) at (\(x), \(y))" }
                    continue
                }
                if cell.character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    return "control character \(cell.character.unicodeScalars.map { String($0.value, radix: 16) }) at (\(x), \(y))"
                }
                switch CharacterWidth.of(cell.character) {
                case 1: break
                case 2:
                    guard x + 1 < width, screen.cells[y * width + x + 1].isContinuation else {
                        return "wide character '\(cell.character)' at (\(x), \(y)) without its continuation cell"
                    }
                default:
                    return "zero-width character \(cell.character.unicodeScalars.map { String($0.value, radix: 16) }) in its own cell at (\(x), \(y))"
                }
            }
            let row = screen.text(ofRow: y)
            // The plain substring search first: the regex is slow in a debug build.
            if row.contains("nan") || row.contains("inf"), spellsNonFinite(row) {
                return "row \(y) prints a non-finite number: '\(row)'"
            }
        }
        return nil
    }
}

// MARK: - Real snapshots

/// Snapshots from real training runs of every activation on a tiny spiral:
/// the first evaluation, a few steps in, paused, finished, and diverged
/// (learning rate 1000). Built once per test process.
final class SnapshotPool: Sendable {
    let snapshots: [ActivationKind: [TrainingSnapshot]]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: SnapshotPool?

    static func shared() throws -> SnapshotPool {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let pool = try SnapshotPool()
        cached = pool
        return pool
    }

    private init() throws {
        let data = try Dataset.load("spiral:n=48", seed: 3)
        var all: [ActivationKind: [TrainingSnapshot]] = [:]
        for kind in ActivationKind.allCases {
            var c = TrainingConfiguration()
            c.dataset = .synthetic(.spiral, SyntheticParameters(count: 48, noise: 0.05, classes: 2))
            c.hiddenSizes = [6, 5]
            c.setActivation(LayerActivation(kind))
            c.batchSize = 8
            c.epochs = 2
            c.evaluationsPerEpoch = 2
            c.seed = 11
            var t = try Trainer(configuration: c, dataset: data, computePath: .fast, threads: 1)
            t.setRunning(true)
            t.evaluate()
            var list = [t.snapshot()]
            for _ in 0..<3 { t.step() }
            t.evaluate()
            list.append(t.snapshot())
            t.setRunning(false)
            list.append(t.snapshot())
            t.setRunning(true)
            while t.state == .running { t.step() }
            t.evaluate()
            list.append(t.snapshot())
            c.learningRate = 1000
            var wild = try Trainer(configuration: c, dataset: data, computePath: .fast, threads: 1)
            wild.setRunning(true)
            for _ in 0..<40 where !wild.hasDiverged { wild.step() }
            wild.evaluate()
            list.append(wild.snapshot())
            all[kind] = list
        }
        snapshots = all
    }
}
