#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// On a crash the Swift runtime prints a backtrace and, on a terminal, then
/// waits up to 30 s for a key ("Press space to interact, D to debug, or any
/// other key to quit"): in a classroom, a frozen screen. It reads its
/// settings from `SWIFT_BACKTRACE` once, as the process starts, before
/// `main`; setting the variable in `main`, or even from an ELF
/// `.preinit_array` function, leaves the report interactive (tried with
/// Swift 6.3 on Linux), because the runtime reads the environment the
/// process was started with. So actview starts itself again, once, with
/// `interactive=no` added to whatever the variable already says.
enum BacktraceMode {
    static let setting = "interactive=no"

    /// Re-executes the program with a non-interactive backtrace unless the
    /// environment already asks for one (or for none at all). Returns only
    /// when no re-execution was needed or possible.
    static func ensureNonInteractive() {
        #if os(Linux)
        let current = getenv("SWIFT_BACKTRACE").map { String(cString: $0) }
        guard needsSetting(current) else { return }
        let value = current.map { $0.isEmpty ? setting : $0 + "," + setting } ?? setting
        guard setenv("SWIFT_BACKTRACE", value, 1) == 0 else { return }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // The exec failed: run on. The crash handler still gives the report
        // /dev/null as its input, so it cannot wait for a key.
        #endif
    }

    /// False when `value` turns backtraces off or makes them
    /// non-interactive (the last word on each key counts, as for the runtime).
    static func needsSetting(_ value: String?) -> Bool {
        guard let value else { return true }
        var enabled = true, interactive = true
        for item in value.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
            guard parts.count == 2 else { continue }
            let on = !["no", "n", "false", "f", "off", "0"].contains(parts[1])
            switch parts[0] {
            case "enable": enabled = on
            case "interactive": interactive = on
            default: break
            }
        }
        return enabled && interactive
    }
}
