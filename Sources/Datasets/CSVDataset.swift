/// A numeric CSV file as a classification set.
///
/// - The first row is a header when any of its feature cells is not a number.
/// - The label column is the last by default; `labelColumn` picks another
///   (0-based, negative counts from the end).
/// - Labels may be integers or text. Classes are the distinct labels in
///   sorted order — numeric order when every label is an integer — so class
///   `i` is the `i`-th smallest label and `classNames` lists them.
/// - Every other cell must be a finite number. Features are standardised
///   (z-scored) with the training part's mean and standard deviation, so no
///   test statistics leak into training; a constant column is only centred.
enum CSVDataset {
    /// More distinct labels than this means the label column is probably a
    /// measurement, not a class.
    static let maximumClassCount = 256

    static func load(path: String, seed: UInt64, testFraction: Double, labelColumn: Int) throws(DatasetError) -> Dataset {
        let reader = CSVReader(bytes: try DatasetFile.contents(of: path), source: path)
        var columnCount = 0
        var labelIndex = 0
        var sawHeader = false
        var features: [Float] = []
        var labelTexts: [String] = []
        try reader.forEachRecord { (line: Int, fields: [String]) throws(DatasetError) in
            if columnCount == 0 {
                columnCount = fields.count
                guard columnCount >= 2 else {
                    throw DatasetError("\(path):\(line): need at least two columns (features and a label), found 1")
                }
                let resolved = labelColumn < 0 ? columnCount + labelColumn : labelColumn
                guard (0..<columnCount).contains(resolved) else {
                    throw DatasetError("\(path):\(line): label column \(labelColumn) is out of range for \(columnCount) columns")
                }
                labelIndex = resolved
                if fields.indices.contains(where: { $0 != labelIndex && Double(fields[$0]) == nil }) {
                    sawHeader = true
                    return
                }
            }
            guard fields.count == columnCount else {
                throw DatasetError("\(path):\(line): expected \(columnCount) fields, found \(fields.count) (ragged row)")
            }
            for (column, cell) in fields.enumerated() where column != labelIndex {
                guard let value = Double(cell) else {
                    throw DatasetError("\(path):\(line): column \(column + 1): \(DatasetFile.quoted(cell)) is not a number")
                }
                guard value.isFinite, abs(value) <= Double(Float.greatestFiniteMagnitude) else {
                    throw DatasetError("\(path):\(line): column \(column + 1): \(DatasetFile.quoted(cell)) is not a finite number")
                }
                features.append(Float(value))
            }
            let label = fields[labelIndex]
            guard !label.isEmpty else {
                throw DatasetError("\(path):\(line): column \(labelIndex + 1): empty label")
            }
            labelTexts.append(label)
        }
        guard !labelTexts.isEmpty else {
            throw DatasetError(sawHeader ? "\(path): no data rows after the header" : "\(path): empty file (no rows)")
        }

        let (labels, classNames) = try classes(of: labelTexts, path: path, column: labelIndex + 1)
        let featureCount = columnCount - 1
        var split = DatasetSplit(features: features, labels: labels, featureCount: featureCount,
                                 classCount: classNames.count, testFraction: testFraction, seed: seed)
        Dataset.standardize(train: &split.trainFeatures, test: &split.testFeatures, featureCount: featureCount)
        return Dataset(name: "csv:\(path)", featureCount: featureCount, classCount: classNames.count,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels,
                       classNames: classNames)
    }

    /// Class indices and names for the label cells.
    private static func classes(of texts: [String], path: String,
                                column: Int) throws(DatasetError) -> ([Int32], [String]) {
        let integers = texts.compactMap { Int($0) }
        let names: [String]
        let index: [String: Int32]
        if integers.count == texts.count {
            let values = Set(integers).sorted()
            names = values.map(String.init)
            let position = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.element, Int32($0.offset)) })
            index = Dictionary(texts.map { ($0, position[Int($0)!]!) }, uniquingKeysWith: { first, _ in first })
        } else {
            names = Set(texts).sorted()
            index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, Int32($0.offset)) })
        }
        guard names.count >= 2 else {
            throw DatasetError("\(path): every label in column \(column) is \(DatasetFile.quoted(names[0])); need at least two classes")
        }
        guard names.count <= maximumClassCount else {
            throw DatasetError("\(path): column \(column) has \(names.count) distinct labels, more than \(maximumClassCount) classes; is it the label column?")
        }
        return (texts.map { index[$0]! }, names)
    }
}
