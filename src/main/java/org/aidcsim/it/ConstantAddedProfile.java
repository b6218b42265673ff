package org.aidcsim.it;

/**
 * A profile with a constant share of the base added at every instant: what a load that never
 * changes (cooling on the UPS beside the IT) adds to the critical bus.
 *
 * @param inner the IT's profile
 * @param addedFraction the constant load, as a fraction of the base the profile scales
 */
public record ConstantAddedProfile(LoadProfile inner, double addedFraction) implements LoadProfile {
    public ConstantAddedProfile {
        if (!(addedFraction >= 0 && Double.isFinite(addedFraction))) {
            throw new IllegalArgumentException("invalid added fraction " + addedFraction);
        }
    }

    @Override
    public double fraction(double timeS) {
        return inner.fraction(timeS) + addedFraction;
    }

    @Override
    public double meanFraction(double startS, double durationS) {
        return inner.meanFraction(startS, durationS) + addedFraction;
    }

    @Override
    public boolean repeats() {
        return inner.repeats();
    }

    @Override
    public boolean flat() {
        return inner.flat();
    }
}
