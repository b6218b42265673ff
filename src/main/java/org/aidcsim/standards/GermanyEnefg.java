package org.aidcsim.standards;

import java.util.List;

/**
 * Germany's Energy Efficiency Act (Energieeffizienzgesetz, EnEfG, in force 18 November 2023),
 * section 11(2): a data center that starts operating on or after 1 July 2026 must reach, as an
 * annual average at the latest two years after it starts, a PUE of at most 1.2 and a share of
 * reused energy (ERF, DIN EN 50600-4-6) of at least 10 % (15 % for a start from 1 July 2027, 20 %
 * from 1 July 2028). The duties of sections 11-15 apply from a non-redundant nominal electrical
 * connected load of 300 kW (section 3 no. 24; BAFA, FAQ on the EnEfG's data-center requirements,
 * 2024), which the model takes as the facility power at design load. Data centers that started
 * before 1 July 2026 have section 11(1) instead (PUE 1.5 from 1 July 2027, 1.3 from 1 July 2030),
 * not judged here.
 */
public final class GermanyEnefg {
    /** The act and clause, as reports cite it. */
    public static final String CLAUSE = "EnEfG (Germany) section 11(2)";
    /** Connected load from which the act's data-center duties apply (W). */
    public static final double FROM_CONNECTED_W = 300e3;
    static final double MAX_PUE = 1.2;
    static final double MIN_ERF = 0.10;

    private GermanyEnefg() {
    }

    /**
     * @param pue the annual PUE
     * @param erf the energy reuse factor, 0 without a heat user
     * @param applies whether the site reaches the act's 300 kW (the caller judges the act only where it applies or is asked for)
     */
    static List<Verdict> verdicts(double pue, double erf, boolean applies) {
        String scope = "data centers starting operation from 1 July 2026, from 300 kW connected load";
        return List.of(Verdict.ceiling(Framework.DE_ENEFG, CLAUSE, "annual PUE", pue, MAX_PUE, applies, scope),
                Verdict.floor(Framework.DE_ENEFG, CLAUSE, "energy reuse factor (ERF)", erf, MIN_ERF, applies, scope
                        + " (15 % from 1 July 2027, 20 % from 1 July 2028; section 11(3) exempts a site whose heat a nearby "
                        + "municipality or heat-network operator has agreed to take, among others)"));
    }
}
