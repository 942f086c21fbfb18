import NeuralNet

/// The network pane's and the network edits' words.
extension Strings {
    private var korean: Bool { language == .korean }

    var networkTitle: String { korean ? "네트워크" : "Network" }
    var networkNeedsPlane: String {
        korean ? "유닛 타일은 2차원 데이터에서 그립니다" : "unit tiles are drawn for 2-D data sets"
    }
    var noHiddenLayer: String { korean ? "은닉층 없음" : "no hidden layer" }
    var unitShort: String { korean ? "유닛" : "unit" }
    var bias: String { korean ? "편향" : "bias" }
    var weightsFrom: String { korean ? "입력 가중치" : "weights in" }
    var moreUnits: String { korean ? "개 더" : "more" }
    var enlargeHint: String { korean ? "Enter: 크게" : "Enter: enlarge" }
    var preactivations: String { korean ? "사전 활성화 z 분포" : "pre-activations z over the training set" }
    var firstLayerWeights: String { korean ? "1층 유닛의 입력 가중치" : "first-layer units' incoming weights" }
    var misclassifiedTitle: String { korean ? "틀린 테스트 예 (정답→예측)" : "misclassified test examples (true→predicted)" }
    var noneMisclassified: String { korean ? "틀린 테스트 예 없음" : "no test example misclassified" }

    func unitState(_ state: UnitState) -> String {
        switch state {
        case .alive: korean ? "살아 있음" : "alive"
        case .dead: dead
        case .saturated: saturated
        case .stuck: stuck
        }
    }

    /// "scale ±0.83 (layer 2)".
    func tileScale(_ scale: String, layer: Int) -> String {
        korean ? "\(layer)층 눈금 ±\(scale)" : "layer \(layer) scale ±\(scale)"
    }

    // Edits

    func layerAdded(_ index: Int, units: Int) -> String {
        korean ? "\(index)층 추가 (\(units) 유닛)" : "hidden layer \(index) added (\(units) units)"
    }
    func layerRemoved(_ index: Int) -> String { korean ? "\(index)층 제거" : "hidden layer \(index) removed" }
    func units(_ count: Int, layer: Int) -> String {
        korean ? "\(layer)층: \(count) 유닛" : "layer \(layer): \(count) units"
    }
    func layerActivation(_ name: String, layer: Int) -> String {
        korean ? "\(layer)층 활성화: \(name)" : "layer \(layer) activation: \(name)"
    }
    func networkLimit(layers: Int, units: Int) -> String {
        korean ? "한계: 은닉층 1–\(layers)개 × 유닛 1–\(units)개" : "limits: 1–\(layers) hidden layers × 1–\(units) units"
    }
    var sameWeights: String { korean ? "같은 초기 가중치" : "same initial weights" }
    var weightsRedrawnShape: String {
        korean ? "모양이 바뀌어 초기 가중치를 시드로 다시 뽑음" : "shape changed: initial weights redrawn from the seed"
    }
    var weightsRedrawnRule: String {
        korean ? "초기화 규칙이 바뀌어 가중치를 다시 뽑음" : "initialiser rule changed (auto): weights redrawn"
    }
    var shadingOn: String { korean ? "확신도 음영" : "confidence shading" }
    var shadingOff: String { korean ? "클래스만 (음영 없음)" : "classes only (no shading)" }
    var testPointsOn: String { korean ? "테스트 점 보임" : "test points shown" }
    var testPointsOff: String { korean ? "테스트 점 숨김" : "test points hidden" }
    var trainPointsLegend: String { korean ? "훈련" : "train" }
    var testPointsLegend: String { korean ? "테스트" : "test" }
    var classLegend: String { korean ? "클래스" : "class" }
    var confidenceLegend: String { korean ? "진할수록 확신" : "deeper = surer" }
}

extension Strings {
    var settingsTitle: String { language == .korean ? "설정" : "Settings" }
    var settingsHint: String {
        language == .korean ? "↑↓ 고르기 · ←→/Enter 바꾸기 · Esc 닫기" : "↑↓ choose · ←→/Enter change · Esc close"
    }
}

extension Strings {
    /// A settings row's name (a layer's parameter rows add the layer).
    func settingLabel(_ setting: Setting) -> String {
        let korean = language == .korean
        switch setting {
        case .parameter(let name): return name
        case .preluSlope: return korean ? "시작 α" : "starting α"
        case .maxoutPieces: return korean ? "조각 수" : "pieces"
        case .noise: return korean ? "데이터 잡음" : "data noise"
        case .points: return korean ? "데이터 점 수 (n)" : "data points (n)"
        case .classes: return korean ? "데이터 클래스 수" : "data classes"
        case .testFraction: return korean ? "테스트 비율" : "test fraction"
        case .batchSize: return korean ? "배치 크기" : "batch size"
        case .weightDecay: return korean ? "L2 가중치 감쇠 λ" : "L2 weight decay λ"
        case .l1Penalty: return korean ? "L1 가중치 벌점 λ" : "L1 weight penalty λ"
        case .inputFeatures: return korean ? "입력 특성" : "input features"
        case .optimizer: return korean ? "옵티마이저" : "optimiser"
        case .initializer: return korean ? "초기화" : "initialiser"
        case .dataset: return korean ? "데이터셋" : "data set"
        case .preset: return korean ? "프리셋" : "preset"
        }
    }
    var wholeSet: String { language == .korean ? "전체 (0)" : "whole set (0)" }
    var noPreset: String { language == .korean ? "없음" : "none" }
}
