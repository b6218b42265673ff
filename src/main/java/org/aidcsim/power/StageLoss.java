package org.aidcsim.power;

/** The loss of a stage as a function of the power it delivers. */
public sealed interface StageLoss permits ModularConverter, ConductorRun {
    /** Loss (W) while delivering {@code outputW} (W); ≥ 0. */
    double lossW(double outputW);

    /** Share of installed capacity in use per unit, or NaN where the idea does not apply (conductors). */
    double loadFraction(double outputW);

    /**
     * The output (W) for a given input (W): the root of output + loss(output) = input, in closed
     * form (losses are piecewise linear or quadratic in the output); 0 when the input does not
     * cover the no-load loss.
     */
    double outputForInputW(double inputW);
}
