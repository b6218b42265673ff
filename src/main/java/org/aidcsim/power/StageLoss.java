package org.aidcsim.power;

/** The loss of a stage as a function of the power it delivers. */
public sealed interface StageLoss permits ModularConverter, ConductorRun {
    /** Loss (W) while delivering {@code outputW} (W); ≥ 0. */
    double lossW(double outputW);

    /** Share of installed capacity in use per unit, or NaN where the idea does not apply (conductors). */
    double loadFraction(double outputW);

    /**
     * The output (W) for a given input (W): solves output + loss(output) = input. The loss is a
     * few percent of the power and grows slowly with it (|d loss / d output| ≪ 1), so the
     * fixed-point iteration output ← input − loss(output) contracts fast; 1e-12 relative is reached
     * in a handful of steps.
     */
    default double outputForInputW(double inputW) {
        if (inputW <= 0) {
            return 0.0;
        }
        double out = inputW;
        for (int i = 0; i < 60; i++) {
            double next = inputW - lossW(out);
            if (Math.abs(next - out) <= 1e-12 * inputW) {
                return Math.max(0.0, next);
            }
            out = next;
        }
        return Math.max(0.0, out);
    }
}
