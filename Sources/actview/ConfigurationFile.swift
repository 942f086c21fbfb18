import Foundation
import NeuralNet

/// A configuration's versioned JSON form (`TrainingConfiguration+Codable`)
/// read from a file, with one line naming the file and the problem.
enum ConfigurationFile {
    /// Larger than any configuration; a bigger file is a wrong path.
    static let maximumSize = 1 << 20

    static func read(_ path: String) throws -> TrainingConfiguration {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            if type == .typeDirectory {
                throw CLIError("\(path): is a directory, not a configuration file")
            }
            // A FIFO or a device could block or never end.
            guard type == .typeRegular else { throw CLIError("\(path): not a regular file") }
            if let size = attributes[.size] as? Int, size > maximumSize {
                throw CLIError("\(path): \(size) bytes is too large for a configuration file")
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw CLIError("\(path): cannot open the file")
            }
            defer { try? handle.close() }
            // Bounded even if the file grew since it was measured.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            if data.count > maximumSize { throw CLIError("\(path): too large for a configuration file") }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(path): cannot read the file (\((error as NSError).localizedFailureReason ?? "no such file"))")
        }
        do {
            return try JSONDecoder().decode(TrainingConfiguration.self, from: data)
        } catch let error as DecodingError {
            throw CLIError("\(path): \(Self.describe(error))")
        } catch {
            throw CLIError("\(path): not a configuration (\(error.localizedDescription))")
        }
    }

    /// One line: where in the file, and what is wrong there.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [any CodingKey]) -> String {
            let keys = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + ": "
        }
        switch error {
        case .keyNotFound(let key, let context):
            return place(context.codingPath) + "missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return place(context.codingPath) + context.debugDescription
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty && context.debugDescription.contains("not valid JSON") {
                let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                return "not valid JSON" + (detail.map { " (\($0))" } ?? "")
            }
            return place(context.codingPath) + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
