/// What every pane, colour and word on the screen means, in English and
/// Korean: the help's second page (`?` then → or Tab).
enum Glossary {
    struct Entry {
        let term: String
        let meaning: String
    }

    static func entries(in language: Language) -> [Entry] {
        (language == .korean ? korean : english).map { Entry(term: $0.0, meaning: $0.1) }
    }

    static let english: [(String, String)] = [
        ("Activation pane", "f (solid) and its slope f′ (dotted) over x; the cursor's x, f and f′ on the frame's edge or above the plot; "
            + "the bars under the curves show where the highlighted layer's pre-activations fall"),
        ("pre-activations", "what a layer's units receive before the activation: weights × inputs + bias"),
        ("zero slope (shaded)", "x where f′ = 0: a unit whose inputs all land there learns nothing"),
        ("saturated (shaded)", "the tails where f′ falls below 10% of its peak: the gradient vanishes"),
        ("learned α", "PReLU's slope for x ≤ 0, learned for each unit: the mean over the highlighted layer's units, "
            + "then their range (short form: units low…high)"),
        ("Training pane", "loss against epochs, train (solid) and test (dotted); train % · test % is the accuracy on each set; "
            + "a dim curve is the previous run (g)"),
        ("epoch, step, lr", "one pass over the training set; one weight update; the learning rate"),
        ("Layer health", "one row per hidden layer, input side first"),
        ("dead", "share of units with f′ = 0 on every example"),
        ("stuck", "Leaky ReLU or PReLU units whose input is ≤ 0 on every example (they still learn, slowly)"),
        ("sat", "share of units saturated on 90% of the examples"),
        ("grad (log)", "size of the layer's weight gradient on a log scale: bars shrinking toward the input are vanishing gradients"),
        ("mean, std", "the mean and standard deviation of the layer's outputs"),
        ("Data pane", "2-D data: the model's decision regions with the training points in their true class's colour; "
            + "images: the confusion matrix, actual class down, predicted across (actual↓ predicted→, short act↓pred→), "
            + "recall (share recognised) on the right"),
        ("Notes", "the lecture's pros and cons, the layer in Keras and PyTorch, the measured cost per element"),
        ("zigzag", "share of units whose incoming weights all moved with one sign in a step: outputs that are never negative cause it"),
        ("bright frame", "the focused pane: Tab moves the focus, z shows it full-screen"),
    ]

    static let korean: [(String, String)] = [
        ("활성화 함수 창", "x에 대한 f(실선)와 기울기 f′(점선). 커서의 x, f, f′는 창 테두리나 그래프 위에 표시함. "
            + "곡선 아래 막대는 강조된 층의 사전 활성값이 놓인 곳"),
        ("사전 활성값", "활성화 함수에 들어가기 전의 값: 가중치 × 입력 + 편향"),
        ("기울기 0 (음영)", "f′ = 0인 x 구간: 입력이 모두 여기 있는 유닛은 학습하지 못함"),
        ("포화 (음영)", "f′가 최댓값의 10% 아래로 떨어지는 꼬리 구간: 기울기가 사라짐"),
        ("학습된 α", "PReLU에서 x ≤ 0 쪽의 기울기로 유닛마다 학습됨: 강조된 층 유닛들의 평균과 그 범위 "
            + "(줄인 형태: 유닛별 최소…최대)"),
        ("학습 창", "에폭에 따른 손실, 훈련(실선)과 테스트(점선). 훈련 % · 테스트 %는 각 데이터의 정확도. "
            + "흐린 곡선은 이전 실행(g)"),
        ("에폭, 스텝, lr", "훈련 데이터를 한 번 다 도는 것, 가중치를 한 번 갱신하는 것, 학습률"),
        ("층별 상태", "은닉층마다 한 줄, 입력 쪽부터"),
        ("죽은%", "모든 예제에서 f′ = 0인 유닛의 비율"),
        ("고착", "모든 예제에서 입력이 0 이하인 Leaky ReLU·PReLU 유닛 (작은 기울기로 천천히 학습함)"),
        ("포화", "예제의 90% 이상에서 포화된 유닛의 비율"),
        ("기울기 (log)", "층의 가중치 기울기 크기(로그 눈금). 입력 쪽으로 갈수록 막대가 짧아지면 기울기 소실"),
        ("평균, 표준편차(σ)", "층 출력의 평균과 표준편차"),
        ("데이터 창", "2차원 데이터: 모델의 결정 영역과 실제 클래스 색의 훈련 점. "
            + "이미지: 혼동 행렬(세로가 실제, 가로가 예측: 실제↓ 예측→, 줄여서 실↓예→), 오른쪽은 재현율(맞힌 비율)"),
        ("노트", "강의의 장단점, Keras·PyTorch로 쓴 층, 원소당 측정 비용"),
        ("지그재그", "한 스텝에서 들어오는 가중치가 모두 같은 부호로 움직인 유닛의 비율: 출력이 음수가 되지 않으면 생김"),
        ("밝은 테두리", "초점 창: Tab으로 옮기고 z로 전체 화면"),
    ]
}
