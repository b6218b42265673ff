package org.aidcsim.catalog;

/**
 * Part-load loss of one conversion or distribution stage, per unit of its rating.
 * Load fraction x = output power / rated power; the loss returned is also per unit of rating, so
 * the stage loss is {@code ratedPowerW × lossFraction(x)} and its efficiency {@code x / (x + loss)}.
 */
public sealed interface LossModel permits TabulatedEfficiency, LossTerms {
    /**
     * @param loadFraction output power / rated power, ≥ 0
     * @return loss power / rated power, ≥ 0
     */
    double lossFraction(double loadFraction);

    /**
     * The load fraction x whose output plus loss is {@code inputFraction}: solves x + lossFraction(x)
     * = inputFraction exactly (both models are piecewise polynomials of degree ≤ 2 in x), so that an
     * in-rack stage fed a known input is solved in closed form; 0 when the input does not cover the
     * no-load loss.
     */
    double loadForInputFraction(double inputFraction);

    /** Efficiency (output / input) at {@code loadFraction}; 0 at zero load. */
    default double efficiency(double loadFraction) {
        if (loadFraction <= 0) {
            return 0.0;
        }
        return loadFraction / (loadFraction + lossFraction(loadFraction));
    }

    /** Where the figures come from: a datasheet, a standard, a paper. */
    String source();

    /** What kind of source that is. */
    CurveBasis basis();
}
