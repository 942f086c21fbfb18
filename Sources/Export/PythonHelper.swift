/// A definition (a class or function) an exported script needs once, for
/// an activation its framework does not have exactly as actview defines it.
struct PythonHelper: Sendable, Hashable {
    let name: String
    let code: String
}
