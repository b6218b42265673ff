package org.aidcsim.standards;

import java.util.Optional;

/**
 * One figure judged against one limit.
 *
 * @param standard the document and clause that sets the limit
 * @param figure what is judged
 * @param value the design's figure
 * @param limit the limit, in the figure's unit
 * @param applies whether the limit applies to this site (a ceiling for hub nodes does not apply elsewhere)
 * @param scope the sites the limit is for
 */
public record Verdict(String standard, String figure, double value, double limit, boolean applies, String scope) {
    /** True when the figure is within the limit (all limits here are maxima). */
    public boolean passes() {
        return value <= limit;
    }

    /** Limit − figure: how much room is left; negative when over. */
    public double margin() {
        return limit - value;
    }

    /** "pass", "fail", or empty when the limit does not apply. */
    public Optional<String> outcome() {
        return applies ? Optional.of(passes() ? "pass" : "fail") : Optional.empty();
    }
}
