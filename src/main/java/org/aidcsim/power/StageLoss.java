package org.aidcsim.power;

/** The loss of a stage as a function of the power it delivers. */
public sealed interface StageLoss permits ModularConverter, ConductorRun {
    /** Loss (W) while delivering {@code outputW} (W); ≥ 0. */
    double lossW(double outputW);

    /** Share of installed capacity in use per unit, or NaN where the idea does not apply (conductors). */
    double loadFraction(double outputW);

    /** d(loss)/d(output) at {@code outputW}. */
    double lossSlope(double outputW);

    /**
     * The output (W) for a given input (W): solves output + loss(output) = input by Newton's
     * method from output = input − loss(input). Losses are piecewise linear or quadratic in the
     * output, so it converges in two or three steps to 1e-12 of the input.
     */
    default double outputForInputW(double inputW) {
        if (inputW <= 0) {
            return 0.0;
        }
        double out = Math.max(0.0, inputW - lossW(inputW));
        for (int i = 0; i < 30; i++) {
            double f = out + lossW(out) - inputW;
            if (Math.abs(f) <= 1e-12 * inputW) {
                break;
            }
            out = Math.max(0.0, out - f / (1 + lossSlope(out)));
            if (out == 0.0 && lossW(0.0) >= inputW) {
                return 0.0;
            }
        }
        return out;
    }
}
