package org.aidcsim.standards;

import java.util.Optional;

/**
 * One figure judged against one limit.
 *
 * @param framework the body of rules the limit belongs to
 * @param standard the document and clause that sets the limit
 * @param figure what is judged
 * @param value the design's figure
 * @param limit the limit, in the figure's unit
 * @param minimum true when the limit is a floor (a share of heat reused), false for a ceiling (a PUE)
 * @param applies whether the limit applies to this kind of site within its framework (a ceiling for
 *        hub nodes does not apply elsewhere)
 * @param scope the sites the limit is for
 */
public record Verdict(Framework framework, String standard, String figure, double value, double limit, boolean minimum,
        boolean applies, String scope) {
    /** A ceiling: the figure must not exceed the limit. */
    static Verdict ceiling(Framework framework, String standard, String figure, double value, double limit, boolean applies,
            String scope) {
        return new Verdict(framework, standard, figure, value, limit, false, applies, scope);
    }

    /** A floor: the figure must reach the limit. */
    static Verdict floor(Framework framework, String standard, String figure, double value, double limit, boolean applies,
            String scope) {
        return new Verdict(framework, standard, figure, value, limit, true, applies, scope);
    }

    /** True when the figure is within the limit. */
    public boolean passes() {
        return minimum ? value >= limit : value <= limit;
    }

    /** How much room is left, in the figure's unit; negative when the limit is missed. */
    public double margin() {
        return minimum ? value - limit : limit - value;
    }

    /** "pass", "fail", or empty when the limit does not apply. */
    public Optional<String> outcome() {
        return applies ? Optional.of(passes() ? "pass" : "fail") : Optional.empty();
    }
}
