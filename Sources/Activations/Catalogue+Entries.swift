// The catalogue's contents: one entry per activation, with the lecture's pros
// and cons in English and Korean, side by side so they stay in step.
extension Catalogue {
    static func makeEntry(_ kind: ActivationKind) -> CatalogueEntry {
        switch kind {
        case .step:
            return CatalogueEntry(
                kind: kind, displayName: "Step", aliases: ["heaviside", "binary-step"], parameters: [],
                formula: "H(x) = 0 (x < 0), ½ (x = 0), 1 (x > 0)",
                derivativeFormula: "H′(x) = 0 (taken as 0 at x = 0 too)",
                outputRange: "{0, ½, 1}",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: true),
                pros: points([
                    ("The perceptron's original yes/no decision; easy to read", "퍼셉트론의 원래 활성화 함수: 예/아니오로 결정, 해석이 쉬움"),
                ]),
                cons: points([
                    ("Derivative is 0 everywhere (undefined at 0): backpropagation gets no gradient", "미분값이 모든 곳에서 0(0에서는 정의되지 않음) → 역전파로 학습할 수 없음"),
                    ("Output is all-or-nothing: no notion of how confident", "출력이 0 또는 1뿐이라 확신의 정도를 표현하지 못함"),
                ]),
                keras: "none: no gradient to train with; for display, keras.layers.Lambda(lambda x: keras.ops.cast(x > 0, 'float32'))",
                pytorch: "none as a layer: torch.heaviside(x, torch.tensor(0.5)) as a function (no useful gradient)"
            )
        case .sign:
            return CatalogueEntry(
                kind: kind, displayName: "Sign", aliases: ["signum"], parameters: [],
                formula: "sgn(x) = −1 (x < 0), 0 (x = 0), 1 (x > 0)",
                derivativeFormula: "sgn′(x) = 0 (taken as 0 at x = 0 too)",
                outputRange: "{−1, 0, 1}",
                properties: properties(monotone: true, smooth: false, zeroCentred: true, bounded: true),
                pros: points([
                    ("Zero-centred ±1 decision, as in the classic perceptron and Adaline", "0을 중심으로 한 ±1 결정: 고전적인 퍼셉트론·Adaline의 출력"),
                ]),
                cons: points([
                    ("Derivative is 0 everywhere: gradient descent cannot learn through it", "미분값이 모든 곳에서 0 → 경사하강법으로 학습할 수 없음"),
                ]),
                keras: "none as a layer: keras.ops.sign(x) as a function (zero gradient)",
                pytorch: "none as a layer: torch.sign(x) as a function (zero gradient)"
            )
        case .linear:
            return CatalogueEntry(
                kind: kind, displayName: "Linear", aliases: ["identity"], parameters: [],
                formula: "f(x) = x",
                derivativeFormula: "f′(x) = 1",
                outputRange: "(−∞, ∞)",
                properties: properties(monotone: true, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("Gradient is always 1: never saturates", "기울기가 항상 1 → 포화되지 않음"),
                    ("The right output for regression", "회귀 문제의 출력층에 적합"),
                ]),
                cons: points([
                    ("Stacked linear layers collapse into one linear map: no extra power from depth", "선형 층을 여러 개 쌓아도 하나의 선형 변환과 같음 → 깊게 쌓는 의미가 없음"),
                    ("Cannot separate data that is not linearly separable (XOR)", "선형 분리가 안 되는 문제(XOR)를 풀 수 없음"),
                ]),
                keras: "keras.layers.Dense(units, activation='linear')",
                pytorch: "torch.nn.Identity()"
            )
        case .piecewiseLinear:
            return CatalogueEntry(
                kind: kind, displayName: "Piecewise linear", aliases: ["pwl"], parameters: [],
                formula: "f(x) = 0 (x ≤ −½), x + ½ (−½ < x < ½), 1 (x ≥ ½)",
                derivativeFormula: "f′(x) = 1 (−½ < x < ½), 0 otherwise",
                outputRange: "[0, 1]",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: true),
                pros: points([
                    ("Cheap; linear in the middle, clipped to [0, 1] outside", "계산이 가볍고, 가운데는 선형이며 바깥은 [0, 1]로 잘림"),
                    ("The lecture's SVM-style row: a hard, bounded response", "강의 표의 SVM 행: 경계가 있는 딱딱한 응답"),
                ]),
                cons: points([
                    ("Gradient is exactly 0 outside (−½, ½): a unit whose inputs all lie there is dead, it stops learning",
                     "(−½, ½) 밖에서는 기울기가 정확히 0 → 입력이 모두 그 밖에 있는 뉴런은 죽어서 학습이 멈춤"),
                    ("Not differentiable at ±½", "±½에서 미분 불가능"),
                ]),
                keras: "none built in: keras.layers.Lambda(lambda x: keras.ops.clip(x + 0.5, 0.0, 1.0))",
                pytorch: "none built in: torch.clamp(x + 0.5, 0.0, 1.0), or torch.nn.Hardtanh(-0.5, 0.5) plus 0.5"
            )
        case .sigmoid:
            return CatalogueEntry(
                kind: kind, displayName: "Sigmoid", aliases: ["logistic"], parameters: [],
                formula: "σ(x) = 1 / (1 + e⁻ˣ)",
                derivativeFormula: "σ′(x) = σ(x)(1 − σ(x))",
                outputRange: "(0, 1)",
                properties: properties(monotone: true, smooth: true, zeroCentred: false, bounded: true),
                pros: points([
                    ("Smooth, differentiable everywhere; output reads as a probability", "매끄럽고 모든 곳에서 미분 가능, 출력을 확률로 해석할 수 있음"),
                    ("The right choice for a binary output layer", "이진 분류의 출력층에 적합"),
                ]),
                cons: points([
                    ("Vanishing gradient: for large or small inputs the slope is near 0 (at most 0.25 anywhere)", "기울기 소실(vanishing gradient): 입력이 크거나 작으면 기울기가 0에 가까워짐 (최댓값도 0.25)"),
                    ("Outputs are always positive → weight updates zigzag", "출력이 항상 양수 → 가중치 갱신이 지그재그"),
                    ("exp is expensive to compute (actview uses a short polynomial for it: see the measured cost)",
                     "exp 연산 비용이 큼 (actview는 짧은 다항식으로 계산: 측정 비용 참고)"),
                    ("Do not use it in hidden layers: start with ReLU", "은닉층에는 쓰지 않는 것이 좋음: ReLU부터 시작"),
                ]),
                keras: "keras.layers.Dense(units, activation='sigmoid')",
                pytorch: "torch.nn.Sigmoid()"
            )
        case .tanh:
            return CatalogueEntry(
                kind: kind, displayName: "tanh", aliases: [], parameters: [],
                formula: "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ) = 2σ(2x) − 1",
                derivativeFormula: "tanh′(x) = 1 − tanh²(x)",
                outputRange: "(−1, 1)",
                properties: properties(monotone: true, smooth: true, zeroCentred: true, bounded: true),
                pros: points([
                    ("Zero-centred: no zigzag from all-positive outputs", "출력이 0을 중심으로 함 → 양수 출력에 의한 지그재그가 없음"),
                    ("Slope 1 at the origin, four times sigmoid's", "원점에서 기울기가 1로 sigmoid의 4배"),
                ]),
                cons: points([
                    ("Still saturates: vanishing gradient for large |x|", "여전히 포화됨: |x|가 크면 기울기 소실"),
                    ("The textbook formula needs exp; actview computes tanh without it, as a rational fit x·P(x²)/Q(x²) "
                        + "(Kernels/VectorMath.swift): compare the measured cost above",
                     "교과서의 식에는 exp가 필요하지만 actview는 exp 없이 유리식 근사 x·P(x²)/Q(x²)로 계산함 "
                        + "(Kernels/VectorMath.swift): 위의 측정 비용과 비교해 보세요"),
                ]),
                keras: "keras.layers.Dense(units, activation='tanh')",
                pytorch: "torch.nn.Tanh()"
            )
        case .relu:
            return CatalogueEntry(
                kind: kind, displayName: "ReLU", aliases: ["rectifier"], parameters: [],
                formula: "ReLU(x) = max(0, x)",
                derivativeFormula: "ReLU′(x) = 1 (x > 0), 0 (x ≤ 0)",
                outputRange: "[0, ∞)",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: false),
                pros: points([
                    ("Does not saturate for x > 0", "x > 0에서 포화되지 않음"),
                    ("Fast to compute; 6× faster to converge than tanh in Krizhevsky 2012's CNN (the race preset checks it here)", "계산이 빠름, Krizhevsky 2012의 CNN에서 tanh보다 6배 빨리 수렴함 (race 프리셋이 여기서 확인함)"),
                    ("The default to start with", "처음에는 ReLU로 시작하는 것이 기본"),
                ]),
                cons: points([
                    ("Dying ReLU: a unit whose input stays negative gets zero gradient and never recovers", "죽은 ReLU(dying ReLU): 입력이 계속 음수인 뉴런은 기울기가 0이 되어 다시 살아나지 못함"),
                    ("Not zero-centred: outputs are never negative", "출력이 0 중심이 아님: 음수를 출력하지 않음"),
                ]),
                keras: "keras.layers.Dense(units, activation='relu')",
                pytorch: "torch.nn.ReLU()"
            )
        case .relu6:
            return CatalogueEntry(
                kind: kind, displayName: "ReLU6", aliases: [], parameters: [],
                formula: "ReLU6(x) = min(max(0, x), 6)",
                derivativeFormula: "ReLU6′(x) = 1 (0 < x < 6), 0 otherwise",
                outputRange: "[0, 6]",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: true),
                pros: points([
                    ("Bounded output suits low-precision (fixed-point) inference, as in MobileNet", "출력 상한이 있어 저정밀도(고정소수점) 추론에 유리, MobileNet에서 사용"),
                    ("As cheap as ReLU", "ReLU만큼 계산이 가벼움"),
                ]),
                cons: points([
                    ("Dies like ReLU for x < 0, and also stops learning for x > 6", "x < 0에서 ReLU처럼 죽고, x > 6에서도 학습이 멈춤"),
                ]),
                keras: "keras.layers.Dense(units, activation='relu6')",
                pytorch: "torch.nn.ReLU6()"
            )
        case .leakyReLU:
            return CatalogueEntry(
                kind: kind, displayName: "Leaky ReLU", aliases: ["lrelu"],
                parameters: [ParameterSpec(name: "slope", defaultValue: 0.01, range: 0...1, meaning: "slope for x ≤ 0 (0 gives ReLU, 1 gives linear)")],
                formula: "f(x) = x (x > 0), a·x (x ≤ 0)",
                derivativeFormula: "f′(x) = 1 (x > 0), a (x ≤ 0)",
                outputRange: "(−∞, ∞)",
                properties: properties(monotone: true, smooth: false, zeroCentred: true, bounded: false),
                pros: points([
                    ("Does not die: a small gradient flows for x < 0", "죽지 않음: x < 0에서도 작은 기울기가 흐름"),
                    ("Keeps ReLU's speed and non-saturation for x > 0", "ReLU의 빠른 계산과 x > 0의 비포화 성질을 유지"),
                ]),
                cons: points([
                    ("The slope a is one more hyperparameter to choose", "기울기 a라는 하이퍼파라미터를 하나 더 정해야 함"),
                    ("Gains over ReLU are not consistent", "ReLU보다 항상 나은 것은 아님"),
                ]),
                keras: "keras.layers.LeakyReLU(negative_slope=0.01)  (Keras' default is 0.3)",
                pytorch: "torch.nn.LeakyReLU(negative_slope=0.01)"
            )
        case .prelu:
            return CatalogueEntry(
                kind: kind, displayName: "PReLU", aliases: ["parametric-relu"],
                parameters: [ParameterSpec(name: "alpha", defaultValue: 0.25, range: -1...1, meaning: "slope for x ≤ 0; the initial value, which training then learns")],
                formula: "f(x) = x (x > 0), α·x (x ≤ 0), α learned",
                derivativeFormula: "f′(x) = 1 (x > 0), α (x ≤ 0)",
                outputRange: "(−∞, ∞)",
                properties: properties(monotone: true, smooth: false, zeroCentred: true, bounded: false),
                pros: points([
                    ("Learns the negative slope α from data instead of fixing it", "음수 구간의 기울기 α를 고정하지 않고 데이터로부터 학습"),
                    ("Does not die", "죽지 않음"),
                ]),
                cons: points([
                    ("Extra parameters to learn; can overfit small data sets", "학습할 파라미터가 늘어나 작은 데이터에서는 과적합 위험"),
                ]),
                keras: "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant(0.25))",
                pytorch: "torch.nn.PReLU(init=0.25)"
            )
        case .elu:
            return CatalogueEntry(
                kind: kind, displayName: "ELU", aliases: [],
                parameters: [ParameterSpec(name: "alpha", defaultValue: 1, range: 0...10, meaning: "−α is the value approached as x → −∞")],
                formula: "f(x) = x (x > 0), α(eˣ − 1) (x ≤ 0)",
                derivativeFormula: "f′(x) = 1 (x > 0), α·eˣ (x ≤ 0)",
                outputRange: "(−α, ∞)",
                properties: properties(monotone: true, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("All ReLU's benefits, does not die", "ReLU의 장점을 모두 가지며 죽지 않음"),
                    ("Mean output closer to zero; smooth negative saturation is robust to noise", "출력 평균이 0에 가까움, 음수 쪽의 부드러운 포화가 잡음에 강함"),
                ]),
                cons: points([
                    ("exp is expensive to compute", "exp 연산 비용이 큼"),
                ]),
                keras: "keras.layers.Dense(units, activation='elu')",
                pytorch: "torch.nn.ELU(alpha=1.0)"
            )
        case .celu:
            return CatalogueEntry(
                kind: kind, displayName: "CELU", aliases: [],
                parameters: [ParameterSpec(name: "alpha", defaultValue: 1, range: 0.01...10, meaning: "−α is the value approached as x → −∞; also scales x")],
                formula: "f(x) = max(0, x) + min(0, α(e^(x/α) − 1))",
                derivativeFormula: "f′(x) = 1 (x > 0), e^(x/α) (x ≤ 0)",
                outputRange: "(−α, ∞)",
                properties: properties(monotone: true, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("ELU made continuously differentiable for every α", "모든 α에 대해 도함수가 연속이 되도록 고친 ELU"),
                    ("Does not die", "죽지 않음"),
                ]),
                cons: points([
                    ("exp is expensive to compute", "exp 연산 비용이 큼"),
                    ("Rarely supported as a built-in outside PyTorch", "PyTorch 외에는 기본 제공되는 경우가 드묾"),
                ]),
                keras: "keras.layers.Dense(units, activation='celu')  (Keras 3; older Keras: a Lambda layer)",
                pytorch: "torch.nn.CELU(alpha=1.0)"
            )
        case .selu:
            return CatalogueEntry(
                kind: kind, displayName: "SELU", aliases: [], parameters: [],
                formula: "f(x) = λx (x > 0), λα(eˣ − 1) (x ≤ 0); λ ≈ 1.0507, α ≈ 1.6733",
                derivativeFormula: "f′(x) = λ (x > 0), λα·eˣ (x ≤ 0)",
                outputRange: "(−λα, ∞) ≈ (−1.7581, ∞)",
                properties: properties(monotone: true, smooth: false, zeroCentred: true, bounded: false),
                pros: points([
                    ("Self-normalising: activations keep mean 0, variance 1 through deep plain networks", "자기 정규화: 깊은 신경망에서도 활성값의 평균 0, 분산 1이 유지됨"),
                    ("Can replace batch normalisation in fully connected nets", "완전연결망에서 배치 정규화를 대신할 수 있음"),
                ]),
                cons: points([
                    ("Needs LeCun-normal init and standardised inputs to work", "LeCun 정규 초기화와 표준화된 입력이 있어야 제대로 동작"),
                    ("exp is expensive to compute", "exp 연산 비용이 큼"),
                ]),
                keras: "keras.layers.Dense(units, activation='selu', kernel_initializer='lecun_normal')",
                pytorch: "torch.nn.SELU()"
            )
        case .swish:
            return CatalogueEntry(
                kind: kind, displayName: "Swish", aliases: ["silu"],
                parameters: [ParameterSpec(name: "beta", defaultValue: 1, range: 0.01...100, meaning: "sharpness: β → ∞ approaches ReLU, β = 1 is SiLU")],
                formula: "f(x) = x·σ(βx)",
                derivativeFormula: "f′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx))",
                outputRange: "[≈ −0.2785, ∞)",
                properties: properties(monotone: false, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("Smooth and non-monotone; often beats ReLU in deep networks (Ramachandran et al. 2017)", "매끄럽고 비단조적, 깊은 신경망에서 ReLU보다 나은 경우가 많음 (Ramachandran 외 2017)"),
                    ("Bounded below, unbounded above: no saturation for x > 0", "아래로는 유계, 위로는 무계 → x > 0에서 포화되지 않음"),
                ]),
                cons: points([
                    ("Needs exp: slower than ReLU", "exp가 필요해 ReLU보다 느림"),
                ]),
                keras: "keras.layers.Dense(units, activation='silu')  (β = 1 only)",
                pytorch: "torch.nn.SiLU()  (β = 1 only)"
            )
        case .mish:
            return CatalogueEntry(
                kind: kind, displayName: "Mish", aliases: [], parameters: [],
                formula: "f(x) = x·tanh(softplus(x)) = x·tanh(ln(1 + eˣ))",
                derivativeFormula: "f′(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x), sp = softplus",
                outputRange: "[≈ −0.3088, ∞)",
                properties: properties(monotone: false, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("Smooth, non-monotone, self-regularising; strong in YOLOv4", "매끄럽고 비단조적이며 자기 정규화 효과, YOLOv4에서 좋은 성능"),
                ]),
                cons: points([
                    ("exp, log and tanh per unit: among the slowest here", "뉴런마다 exp, log, tanh를 계산 → 여기서 가장 느린 축"),
                ]),
                keras: "keras.layers.Dense(units, activation='mish')  (Keras 3)",
                pytorch: "torch.nn.Mish()"
            )
        case .gelu:
            return CatalogueEntry(
                kind: kind, displayName: "GELU", aliases: ["gelu-erf"], parameters: [],
                formula: "f(x) = x·Φ(x) = ½x(1 + erf(x/√2))",
                derivativeFormula: "f′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π)",
                outputRange: "[≈ −0.1700, ∞)",
                properties: properties(monotone: false, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("Smooth; weights x by how likely it is to be kept (its Gaussian CDF)", "매끄러움, 입력 x를 가우시안 누적분포 Φ(x)만큼 통과시킴"),
                    ("The standard in Transformers (BERT, GPT)", "Transformer(BERT, GPT)의 표준 활성화 함수"),
                ]),
                cons: points([
                    ("erf is expensive; many libraries use the tanh approximation instead", "erf 계산 비용이 커서 tanh 근사를 대신 쓰는 경우가 많음"),
                ]),
                keras: "keras.layers.Dense(units, activation='gelu')",
                pytorch: "torch.nn.GELU()"
            )
        case .geluTanh:
            return CatalogueEntry(
                kind: kind, displayName: "GELU (tanh approximation)", aliases: ["gelu-approx"], parameters: [],
                formula: "f(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
                derivativeFormula: "f′(x) = ½(1 + tanh u) + ½x·sech²(u)·√(2/π)(1 + 0.134145x²), u = √(2/π)(x + 0.044715x³)",
                outputRange: "[≈ −0.1700, ∞)",
                properties: properties(monotone: false, smooth: true, zeroCentred: true, bounded: false),
                pros: points([
                    ("Close to exact GELU (within about 5e-4) without erf", "erf 없이 정확한 GELU에 가까움 (차이 약 5e-4 이내)"),
                    ("What the original BERT and GPT-2 code used", "원래의 BERT, GPT-2 코드가 사용한 형태"),
                ]),
                cons: points([
                    ("Still needs tanh; only an approximation", "여전히 tanh가 필요하고 근사일 뿐임"),
                ]),
                keras: "keras.layers.Dense(units, activation=lambda x: keras.activations.gelu(x, approximate=True))",
                pytorch: "torch.nn.GELU(approximate='tanh')"
            )
        case .softplus:
            return CatalogueEntry(
                kind: kind, displayName: "Softplus", aliases: ["smooth-relu"],
                parameters: [ParameterSpec(name: "beta", defaultValue: 1, range: 0.01...100, meaning: "sharpness: larger β is closer to ReLU")],
                formula: "f(x) = ln(1 + e^(βx)) / β",
                derivativeFormula: "f′(x) = σ(βx)",
                outputRange: "(0, ∞)",
                properties: properties(monotone: true, smooth: true, zeroCentred: false, bounded: false),
                pros: points([
                    ("A smooth ReLU: differentiable everywhere, derivative is the sigmoid", "부드러운 ReLU: 모든 곳에서 미분 가능, 도함수가 sigmoid"),
                ]),
                cons: points([
                    ("exp and log are expensive; not zero-centred", "exp와 log 연산 비용이 크고, 출력이 0 중심이 아님"),
                    ("Slope still vanishes for very negative x", "x가 매우 작으면 여전히 기울기가 사라짐"),
                ]),
                keras: "keras.layers.Dense(units, activation='softplus')  (β = 1 only)",
                pytorch: "torch.nn.Softplus(beta=1.0)"
            )
        case .softsign:
            return CatalogueEntry(
                kind: kind, displayName: "Softsign", aliases: [], parameters: [],
                formula: "f(x) = x / (1 + |x|)",
                derivativeFormula: "f′(x) = 1 / (1 + |x|)²",
                outputRange: "(−1, 1)",
                properties: properties(monotone: true, smooth: true, zeroCentred: true, bounded: true),
                pros: points([
                    ("Like tanh but without exp; saturates polynomially, more gently", "exp 없는 tanh와 비슷, 다항식 속도로 더 완만하게 포화"),
                ]),
                cons: points([
                    ("Still saturates: vanishing gradient for large |x|", "여전히 포화됨: |x|가 크면 기울기 소실"),
                ]),
                keras: "keras.layers.Dense(units, activation='softsign')",
                pytorch: "torch.nn.Softsign()"
            )
        case .hardSigmoid:
            return CatalogueEntry(
                kind: kind, displayName: "Hard sigmoid", aliases: [], parameters: [],
                formula: "f(x) = ReLU6(x + 3) / 6",
                derivativeFormula: "f′(x) = ⅙ (−3 < x < 3), 0 otherwise",
                outputRange: "[0, 1]",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: true),
                pros: points([
                    ("A cheap sigmoid: no exp, just a clip", "exp 없이 자르기만 하는 값싼 sigmoid"),
                ]),
                cons: points([
                    ("Gradient is exactly 0 outside (−3, 3) and only ⅙ inside", "(−3, 3) 밖에서는 기울기가 정확히 0, 안에서도 ⅙뿐"),
                    ("Not zero-centred, like sigmoid", "sigmoid처럼 출력이 0 중심이 아님"),
                ]),
                keras: "keras.layers.Dense(units, activation='hard_sigmoid')  (Keras 3; Keras 2 used 0.2x + 0.5)",
                pytorch: "torch.nn.Hardsigmoid()"
            )
        case .hardSwish:
            return CatalogueEntry(
                kind: kind, displayName: "Hard swish", aliases: ["hswish", "hard-silu"], parameters: [],
                formula: "f(x) = x·ReLU6(x + 3) / 6",
                derivativeFormula: "f′(x) = 0 (x < −3), x/3 + ½ (−3 ≤ x ≤ 3), 1 (x > 3)",
                outputRange: "[−0.375, ∞)",
                properties: properties(monotone: false, smooth: false, zeroCentred: true, bounded: false),
                pros: points([
                    ("Swish's shape without exp; used in MobileNetV3", "exp 없이 swish 모양을 흉내 냄, MobileNetV3에서 사용"),
                ]),
                cons: points([
                    ("Kinks at ±3; zero gradient below −3", "±3에서 꺾이고, −3 아래에서는 기울기가 0"),
                ]),
                keras: "keras.layers.Dense(units, activation='hard_silu')  (Keras 3)",
                pytorch: "torch.nn.Hardswish()"
            )
        case .maxout:
            return CatalogueEntry(
                kind: kind, displayName: "Maxout", aliases: [],
                parameters: [
                    ParameterSpec(name: "w1", defaultValue: 1, range: -100...100, meaning: "slope of the first piece"),
                    ParameterSpec(name: "b1", defaultValue: 0, range: -100...100, meaning: "offset of the first piece"),
                    ParameterSpec(name: "w2", defaultValue: 0, range: -100...100, meaning: "slope of the second piece"),
                    ParameterSpec(name: "b2", defaultValue: 0, range: -100...100, meaning: "offset of the second piece"),
                ],
                formula: "f(x) = max(w₁x + b₁, w₂x + b₂)",
                derivativeFormula: "f′(x) = slope of the larger piece (the smaller slope at a tie)",
                outputRange: "[0, ∞) by default (ReLU)",
                properties: properties(monotone: true, smooth: false, zeroCentred: false, bounded: false),
                pros: points([
                    ("Generalises ReLU and Leaky ReLU: learns its own piecewise-linear shape", "ReLU와 Leaky ReLU를 일반화: 조각별 선형 모양을 스스로 학습"),
                    ("Linear pieces: no saturation, does not die", "선형 조각이라 포화되지 않고 죽지 않음"),
                ]),
                cons: points([
                    ("k times the parameters and compute per unit", "뉴런마다 파라미터와 계산량이 k배"),
                ]),
                keras: "none built in: keras.layers.Dense(k * units), then keras.ops.max over the k pieces",
                pytorch: "none built in: torch.nn.Linear(n, k * units), then .view(-1, k, units).amax(1) (piece p of unit j in column p·units + j)"
            )
        }
    }

    private static func properties(monotone: Bool, smooth: Bool, zeroCentred: Bool, bounded: Bool) -> ActivationProperties {
        ActivationProperties(isMonotone: monotone, isSmooth: smooth, isZeroCentred: zeroCentred, isBounded: bounded)
    }

    private static func points(_ pairs: [(english: String, korean: String)]) -> LocalizedList {
        LocalizedList(english: pairs.map(\.english), korean: pairs.map(\.korean))
    }
}
