package org.aidcsim.it;

/** A flat draw: AI training clusters run near-flat for weeks at a time. */
public record ConstantProfile() implements LoadProfile {
    @Override
    public double fraction(double timeS) {
        return 1.0;
    }

    @Override
    public boolean repeats() {
        return true;
    }

    @Override
    public boolean flat() {
        return true;
    }
}
