package org.aidcsim.metrics;

/** Which way a metric improves: what a Pareto front minimises or maximises, and how reports mark differences. */
public enum Direction {
    LOWER_IS_BETTER("lower"),
    HIGHER_IS_BETTER("higher"),
    /** A size or a total, not a score (design IT power, coolant flow): neither way is better. */
    NEITHER("neither");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** "lower", "higher" or "neither", as the outputs reference shows it. */
    public String label() {
        return label;
    }

    /** The value a minimiser should see: the metric itself, or its negation when higher is better. */
    public double toMinimise(double value) {
        return this == HIGHER_IS_BETTER ? -value : value;
    }
}
