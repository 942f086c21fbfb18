/// A numeric CSV file as a classification set.
///
/// - The first row is a header when any of its feature cells is not a number.
/// - The label column is the last by default; `labelColumn` picks another,
///   counting from 0 as Python does (negative counts from the end).
///   Messages number columns from 1, as a spreadsheet does, and name the
///   `--label-column` value beside the label's column.
/// - Labels may be integers or text. Classes are the distinct labels in
///   sorted order — numeric order when every label is an integer — so class
///   `i` is the `i`-th smallest label and `classNames` lists them.
/// - A label column of numbers that are not all whole is a measurement:
///   refused for classification (with a hint), read as real targets for
///   regression (`task: .regression`, where every label must be a finite
///   number; targets are not standardised).
/// - Every other cell must be a finite number. Features are standardised
///   (z-scored) with the training part's mean and standard deviation, so no
///   test statistics leak into training; a constant column is only centred.
enum CSVDataset {
    /// More distinct labels than this means the label column is probably a
    /// measurement, not a class.
    static let maximumClassCount = 256

    /// Loading costs the file's bytes (and, gzip'd, its inflated bytes)
    /// plus at most this many bytes per numeric value; see Reliability.md.
    /// The values are counted as they are read, so a file whose values
    /// would not fit the budget is refused before they are all in memory.
    public static let bytesPerValueBound = 32

    static func load(path: String, seed: UInt64, testFraction: Double, labelColumn: Int,
                     budget: MemoryBudget = .unlimited, task: LearningTask = .classification) throws(DatasetError) -> Dataset {
        let text = try DatasetFile.contents(of: path, limit: budget.fileLimit)
        let reader = CSVReader(bytes: text, source: path)
        var columnCount = 0
        var labelIndex = 0
        var sawHeader = false
        var features: [Float] = []
        var labelTexts: [String] = []
        var targets: [Float] = []
        // The first label that is a number but not a whole one, for the refusal.
        var firstFraction: (text: String, line: Int)?
        var everyLabelIsNumber = true
        let spareBytes = budget.limit.bytes - Double(text.count)
        try reader.forEachRecord { (line: Int, record: CSVRecord) throws(DatasetError) in
            if columnCount == 0 {
                columnCount = record.count
                guard columnCount >= 2 else {
                    throw DatasetError("\(path):\(line): need at least two columns (features and a label), found 1"
                        + separatorHint(record.text(0)))
                }
                let resolved = labelColumn < 0 ? columnCount + labelColumn : labelColumn
                guard (0..<columnCount).contains(resolved) else {
                    throw DatasetError("\(path):\(line): --label-column \(labelColumn) is out of range for \(columnCount) columns "
                        + "(it counts from 0 for the first column, or from -1 for the last: 0 to \(columnCount - 1) or -1 to -\(columnCount))")
                }
                labelIndex = resolved
                if (0..<record.count).contains(where: { $0 != labelIndex && record.number($0) == nil }) {
                    sawHeader = true
                    return
                }
            }
            guard record.count == columnCount else {
                throw DatasetError("\(path):\(line): expected \(columnCount) fields, found \(record.count) (ragged row)")
            }
            // Checked once a row, against the bound: the row's values are
            // the ones about to be added.
            let values = features.count + columnCount - 1
            if Double(values) * Double(bytesPerValueBound) > spareBytes {
                throw DatasetError(budget.refusal("\(path): loading more than \(values) values (from line \(line) on)",
                                                  needs: MemorySize(bytes: Double(text.count) + Double(values * bytesPerValueBound))))
            }
            for column in 0..<record.count where column != labelIndex {
                guard let value = record.number(column) else {
                    throw DatasetError("\(path):\(line): column \(column + 1): \(DatasetFile.quoted(record.text(column))) is not a number")
                }
                guard value.isFinite else {
                    throw DatasetError("\(path):\(line): column \(column + 1): \(DatasetFile.quoted(record.text(column))) is not a finite number")
                }
                guard abs(value) <= Double(Float.greatestFiniteMagnitude) else {
                    throw DatasetError("\(path):\(line): column \(column + 1): \(DatasetFile.quoted(record.text(column))) is beyond "
                        + "Float32's range (±3.4e38), the precision actview trains in")
                }
                features.append(Float(value))
            }
            guard !record.isEmpty(labelIndex) else {
                throw DatasetError("\(path):\(line): column \(labelIndex + 1) (--label-column \(labelIndex)): empty label")
            }
            let labelText = record.text(labelIndex)
            let labelValue = record.number(labelIndex)
            if task == .regression {
                guard let labelValue, labelValue.isFinite, Swift.abs(labelValue) <= Double(Float.greatestFiniteMagnitude) else {
                    throw DatasetError("\(path):\(line): column \(labelIndex + 1) (--label-column \(labelIndex)): "
                        + "\(DatasetFile.quoted(labelText)) is not a finite number; a regression target must be one")
                }
                targets.append(Float(labelValue))
                labelTexts.append("")
                return
            }
            if let labelValue {
                if firstFraction == nil, labelValue.rounded() != labelValue || !labelValue.isFinite {
                    firstFraction = (labelText, line)
                }
            } else {
                everyLabelIsNumber = false
            }
            labelTexts.append(labelText)
        }
        guard !labelTexts.isEmpty else {
            throw DatasetError(sawHeader ? "\(path): no data rows after the header" : "\(path): empty file (no rows)")
        }

        let featureCount = columnCount - 1
        if task == .regression {
            return regression(path: path, features: features, targets: targets, featureCount: featureCount,
                              testFraction: testFraction, seed: seed)
        }
        if everyLabelIsNumber, let fraction = firstFraction {
            throw DatasetError("\(path): label column has non-integer values (\(fraction.text) on line \(fraction.line)); "
                + "for regression use --task regression")
        }
        let (labels, classNames) = try classes(of: labelTexts, path: path, column: labelIndex)
        var split = DatasetSplit(features: features, labels: labels, featureCount: featureCount,
                                 classCount: classNames.count, testFraction: testFraction, seed: seed)
        features = []
        Dataset.standardize(train: &split.trainFeatures, test: &split.testFeatures, featureCount: featureCount)
        return Dataset(name: "csv:\(path)", featureCount: featureCount, classCount: classNames.count,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels,
                       classNames: classNames)
    }

    /// The rows as a regression set: real targets, one "class".
    private static func regression(path: String, features: [Float], targets: [Float], featureCount: Int,
                                   testFraction: Double, seed: UInt64) -> Dataset {
        var split = DatasetSplit(features: features, labels: [Int32](repeating: 0, count: targets.count),
                                 featureCount: featureCount, classCount: 1, testFraction: testFraction, seed: seed,
                                 targets: targets)
        Dataset.standardize(train: &split.trainFeatures, test: &split.testFeatures, featureCount: featureCount)
        return Dataset(name: "csv:\(path)", featureCount: featureCount, classCount: 1,
                       trainFeatures: split.trainFeatures, trainLabels: split.trainLabels,
                       testFeatures: split.testFeatures, testLabels: split.testLabels,
                       classNames: ["y"], task: .regression,
                       trainTargets: split.trainTargets, testTargets: split.testTargets)
    }

    /// A one-column line that holds semicolons or tabs is a file with
    /// another separator, not a file with one column.
    static func separatorHint(_ line: String) -> String {
        let semicolons = line.reduce(0) { $0 + ($1 == ";" ? 1 : 0) }
        let tabs = line.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) }
        if semicolons == 0 && tabs == 0 { return "" }
        let (name, spelling, command) = semicolons >= tabs
            ? ("semicolons", "';'", "tr ';' ','") : ("tabs", "tab", "tr '\\t' ','")
        return "; the line is separated by \(name) (\(semicolons >= tabs ? semicolons : tabs) \(spelling)), and actview reads "
            + "comma-separated values: convert it, e.g. \(command) < in.csv > out.csv"
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
        let place = "column \(column + 1) (--label-column \(column))"
        guard names.count >= 2 else {
            throw DatasetError("\(path): every label in \(place) is \(DatasetFile.quoted(names[0])); need at least two classes")
        }
        guard names.count <= maximumClassCount else {
            throw DatasetError("\(path): \(place) has \(names.count) distinct labels, more than \(maximumClassCount) classes; is it the label column?")
        }
        return (texts.map { index[$0]! }, names)
    }
}
