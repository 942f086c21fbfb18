import TermPlot

extension Explorer {
    /// The whole screen for a terminal of `width`×`height`. Pure, and safe at
    /// any size down to 1×1.
    public func view(width: Int, height: Int) -> Screen {
        var screen = Screen(width: max(0, width), height: max(0, height))
        screen.put("actview", x: 0, y: 0)
        return screen
    }
}
