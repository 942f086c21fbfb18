import NeuralNet

/// The words of the regression view and the input-features key.
extension Strings {
    private var isKorean: Bool { language == .korean }

    /// The 1-D plot's legend: which marks are the data and which the fit.
    func fitLegend(unicode: Bool) -> String {
        let dots = unicode ? "⠂" : "."
        let line = unicode ? "⠤" : "-"
        return isKorean ? "\(dots) 데이터 \(line) 적합" : "\(dots) data \(line) fit"
    }

    var features: String { isKorean ? "입력 특성" : "features" }

    /// "features x1,x2,x1^2" in the header and the status line.
    func features(_ set: InputFeatures) -> String { "\(features) \(set.spelling)" }

    func featuresChanged(_ set: InputFeatures, sameShape: Bool) -> String {
        let weights = sameShape
            ? (isKorean ? "같은 초기 가중치" : "same initial weights")
            : (isKorean ? "입력 수가 바뀌어 새 초기 가중치" : "new initial weights: the input count changed")
        return "\(features(set)) (\(weights))"
    }

    /// The no-hidden-layer baseline beside a linear net, on a regression set.
    func baseline(loss: String, fit: String) -> String {
        isKorean ? "은닉층 없음(선형 변환 하나): 손실 \(loss), \(fit)" : "no hidden layer (one linear map): loss \(loss), \(fit)"
    }

    var featuresNeedPlane: String {
        isKorean ? "입력 특성은 2차원 데이터셋(x1, x2)에서만 쓸 수 있습니다" : "input features need a 2-D data set (x1, x2)"
    }
}
