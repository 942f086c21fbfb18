import NeuralNet

/// A preset as a classroom scene: its configuration (from NeuralNet) plus a
/// one-line banner telling the class what to look at.
extension TrainingPreset {
    /// The pace the scene opens at, unless `--speed` says otherwise. The
    /// lecture's loop takes one step per epoch (full batch), so at the usual
    /// 100 steps a second its 100 epochs would be over in one; at 6 they take
    /// about 17 s.
    public var stepsPerSecond: Double {
        switch self {
        case .lecture: 6
        default: ExplorerOptions.defaultStepsPerSecond
        }
    }

    public func banner(in language: Language) -> String {
        switch (self, language) {
        case (.lecture, .english):
            return "The lecture's loop (784-1000-10 on MNIST): its lr 1e-6 is for 60,000 summed examples; M gives this data "
                + "the same step. Press 1 for ReLU."
        case (.lecture, .korean):
            return "강의의 학습 루프(MNIST에서 784-1000-10): lr 1e-6은 예제 60,000개의 기울기 합 기준입니다. M으로 이 데이터에 "
                + "같은 스텝을, 1로 ReLU와 비교."
        case (.saturation, .english):
            return "Deep sigmoid with biases starting at +6: units sit in the flat tail (saturated % near 100), "
                + "gradients collapse toward the input."
        case (.saturation, .korean):
            return "편향 초깃값 +6의 깊은 시그모이드: 유닛이 평평한 꼬리에 머물러 포화 비율이 100%에 가깝고 입력 쪽 기울기가 사라집니다."
        case (.deadReLU, .english):
            return "ReLU at lr 0.6: layer 2's dead % passes 30% within 10 s. Press 2 (Leaky ReLU) or 3 (PReLU): none die, some stuck."
        case (.deadReLU, .korean):
            return "학습률 0.6의 ReLU: 10초 안에 2층 죽은 유닛이 30%를 넘습니다. 2(Leaky ReLU), 3(PReLU): 죽지 않고 일부만 고착."
        case (.noActivation, .english):
            return "No activation on a spiral: three linear layers are one linear map, so the boundary stays straight "
                + "and scores what no hidden layer does. Press 8 for tanh."
        case (.noActivation, .korean):
            return "활성화 함수 없이 나선 데이터: 선형층 셋은 선형 변환 하나와 같아 경계가 직선이고, 은닉층 없는 모델과 "
                + "점수가 같습니다. 8을 눌러 tanh와 비교."
        case (.seluDeep, .english):
            return "16 SELU layers, LeCun init, z-scored inputs: each layer starts at mean 0, std 1, and drifts as it learns. "
                + "Press 1 for ReLU (He init)."
        case (.seluDeep, .korean):
            return "SELU 16층, LeCun 초기화, 표준화된 입력: 층마다 평균 0, 표준편차 1에서 시작해 학습하며 조금씩 벗어납니다. "
                + "1: ReLU(He 초기화)와 비교."
        case (.race, .english):
            return "The paper's race on digits: ReLU, tanh and sigmoid, each at its own fastest lr (swept), "
                + "timed to 25% training error."
        case (.race, .korean):
            return "digits에서 논문의 방식으로 경주: ReLU, tanh, 시그모이드를 각자 가장 빠른 학습률(탐색 결과)로, "
                + "훈련 오차 25%까지 걸린 에폭을 잽니다."
        case (.raceSpiral, .english):
            return "The same race on the spiral, which only a bent boundary fits: tanh and sigmoid start almost linear."
        case (.raceSpiral, .korean):
            return "같은 경주를 나선 데이터에서: 휘어진 경계로만 나뉘는 데이터인데 tanh와 시그모이드는 거의 선형으로 시작합니다."
        }
    }
}
