package org.aidcsim.catalog;

/**
 * The three-term loss model: a no-load loss, a loss proportional to load and a square-law (I²R)
 * loss, each as a fraction of rating. This is how transformers (no-load core loss plus load loss)
 * and cables (pure I²R) are characterised, and the form Schneider Electric White Paper 113
 * ("Electrical Efficiency Modeling for Data Centers") uses for every power stage.
 *
 * @param noLoadFraction loss at zero load / rating
 * @param proportionalFraction coefficient of x
 * @param quadraticFraction coefficient of x² (loss at full load from I²R / rating)
 * @param source where the coefficients come from
 * @param basis what kind of source that is
 */
public record LossTerms(double noLoadFraction, double proportionalFraction, double quadraticFraction, String source,
        CurveBasis basis) implements LossModel {
    public LossTerms {
        if (!(noLoadFraction >= 0 && proportionalFraction >= 0 && quadraticFraction >= 0)) {
            throw new IllegalArgumentException("loss terms must be ≥ 0");
        }
    }

    /** Terms whose basis is an engineering estimate. */
    public LossTerms(double noLoadFraction, double proportionalFraction, double quadraticFraction, String source) {
        this(noLoadFraction, proportionalFraction, quadraticFraction, source, CurveBasis.ESTIMATE);
    }

    /** The positive root of q·x² + (1 + p)·x + (n − y) = 0, in the form that stays exact when q → 0. */
    @Override
    public double loadForInputFraction(double inputFraction) {
        double excess = inputFraction - noLoadFraction;
        if (excess <= 0) {
            return 0.0;
        }
        double b = 1 + proportionalFraction;
        return 2 * excess / (b + Math.sqrt(b * b + 4 * quadraticFraction * excess));
    }

    @Override
    public double lossFraction(double loadFraction) {
        return noLoadFraction + loadFraction * (proportionalFraction + loadFraction * quadraticFraction);
    }
}
