/// A position on a dot canvas: x to the right, y downwards, in dots.
public struct DotPoint: Hashable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
