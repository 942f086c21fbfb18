#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File stems like `actview-20261129-142501`: local time, sortable, and
/// readable when a teacher looks for "the one from the end of class".
public enum TimestampedName {
    public static func stem(prefix: String, at seconds: Int = Int(time(nil))) -> String {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let date = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))"
        let clock = "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
        return "\(prefix)-\(date)-\(clock)"
    }
}
