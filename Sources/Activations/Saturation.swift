/// What "saturated" means in actview, in one place. Two measurements share
/// the word and are told apart here by name:
///
/// - a **point** of a plot is shaded saturated where |f′(x)| is below
///   `pointSlopeFraction` (10%) of the activation's largest slope, and dead
///   where f′(x) = 0 exactly;
/// - a **unit** of a trained layer is counted saturated where its mean
///   |f′(z)| over the training examples is below `unitMeanSlopeFraction`
///   (5%) of the activation's largest slope, and dead where f′(z) = 0 on
///   every example.
///
/// The unit's bar is lower because a mean over examples also averages in
/// the units' unsaturated inputs.
public enum Saturation {
    public static let pointSlopeFraction = 0.1
    public static let unitMeanSlopeFraction = 0.05
}
