/// How `train`, `list`, `bench` and `compare` print their results.
enum ReportFormat: String, CaseIterable {
    case table, csv, json
}
