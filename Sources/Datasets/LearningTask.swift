/// What a network learns from a data set: a class per example, or a number.
public enum LearningTask: String, CaseIterable, Sendable, Hashable, Codable {
    /// A class index per example; softmax (or sigmoid) outputs, accuracy.
    case classification
    /// A real target per example; one linear output, mean squared error,
    /// RMSE and R².
    case regression
}
