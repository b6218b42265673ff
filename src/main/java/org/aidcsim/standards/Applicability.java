package org.aidcsim.standards;

/**
 * Whether a framework applies to the site, whether it is assessed, and why.
 *
 * @param framework the rules
 * @param applies whether they apply here
 * @param assessed whether the design is judged by them: where they apply, or on request
 * @param why the reason, for reports
 */
public record Applicability(Framework framework, boolean applies, boolean assessed, String why) {
    /** The same, assessed on request although it does not apply here. */
    Applicability onRequest() {
        return applies ? this : new Applicability(framework, false, true, why + "; assessed on request (standards.assess_also)");
    }

    /** The same, as the scenario says. */
    Applicability asDeclared(boolean declared) {
        return new Applicability(framework, declared, declared, (declared ? "applies" : "does not apply")
                + " as the scenario says (standards.applies." + framework.key() + ")");
    }

    /** "applies", "assessed on request" or "not applicable". */
    public String status() {
        return applies ? "applies" : assessed ? "assessed on request" : "not applicable";
    }
}
