/// What a data set will cost before it is loaded: its shape when the files
/// declare it (IDX headers) or the generator knows it, and the most memory
/// loading holds at once, the loaded set included. The run's own estimate
/// (`RunFootprint`, in NeuralNet) adds the network to it.
public struct DatasetFootprint: Sendable, Equatable {
    public struct Shape: Sendable, Equatable {
        public var trainCount: Int
        public var testCount: Int
        public var featureCount: Int
        public var classCount: Int

        public init(trainCount: Int, testCount: Int, featureCount: Int, classCount: Int) {
            self.trainCount = trainCount
            self.testCount = testCount
            self.featureCount = featureCount
            self.classCount = classCount
        }
    }

    /// Nil for CSV, whose shape is known only once it is read (its loader
    /// counts values as it goes and stops at the budget).
    public var shape: Shape?
    public var loading: MemorySize
    /// "mnist:/data (60000×28×28 training and 10000×28×28 test images)".
    public var description: String

    public init(shape: Shape?, loading: MemorySize, description: String) {
        self.shape = shape
        self.loading = loading
        self.description = description
    }

    /// Throws the one-line refusal when loading alone would exceed `budget`.
    public func check(against budget: MemoryBudget) throws(DatasetError) {
        guard !budget.allows(loading) else { return }
        throw DatasetError(budget.refusal("loading \(description)", needs: loading))
    }
}
