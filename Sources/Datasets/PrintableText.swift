/// Text from outside (a file name, a typed value) made safe to print on a
/// terminal: every control character (C0, DEL, C1) becomes its Swift escape,
/// `\u{1B}`, so a name holding `ESC[2J` shows as `\u{1B}[2J` instead of
/// clearing the screen. The headless commands, error lines and the explorer
/// all show paths this way.
public enum PrintableText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                out += scalar.escaped(asASCII: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
