package org.aidcsim.standards;

import java.util.List;

/**
 * China's data-center efficiency rules. GB 40879-2021, "Maximum allowable values of energy
 * efficiency and energy efficiency grades for data centers" (mandatory national standard, in
 * force since 1 November 2022), Table 1: grade 1 for an electric energy ratio (PUE) ≤ 1.20,
 * grade 2 ≤ 1.30, grade 3 ≤ 1.50; grade 3 is the maximum allowable value, so a data center above
 * 1.50 does not meet the standard. Policy documents set ceilings for new sites on top.
 */
public final class ChinaGb40879 {
    /** Upper PUE of grades 1, 2 and 3 (GB 40879-2021, Table 1). */
    static final double[] GRADE_MAX_PUE = {1.20, 1.30, 1.50};
    /** The standard, as reports cite it. */
    public static final String STANDARD = "GB 40879-2021, Table 1";

    /** Size class of a data center in the policy documents (large: ≥ 3,000 standard racks of 2.5 kW). */
    public enum Scale {
        LARGE("large"), MEDIUM_OR_SMALL("medium_or_small");

        private final String key;

        Scale(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Whether the site lies in a national computing hub node, and which. */
    public enum HubNode {
        NONE("none"), EAST("east"), WEST("west");

        private final String key;

        HubNode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * A PUE ceiling set by a policy document.
     *
     * @param document the document and its issuers
     * @param scope the sites it applies to
     * @param maxPue the ceiling
     * @param applies whether it applies to this site
     */
    public record Ceiling(String document, String scope, double maxPue, boolean applies) {
    }

    private ChinaGb40879() {
    }

    /** Grade 1, 2 or 3 for {@code pue}; 4 when above the maximum allowable value (grade 3). */
    public static int grade(double pue) {
        for (int g = 0; g < GRADE_MAX_PUE.length; g++) {
            if (pue <= GRADE_MAX_PUE[g]) {
                return g + 1;
            }
        }
        return GRADE_MAX_PUE.length + 1;
    }

    /** The maximum allowable PUE: the top of grade 3. */
    public static double maximumAllowablePue() {
        return GRADE_MAX_PUE[GRADE_MAX_PUE.length - 1];
    }

    /** Every policy ceiling for new data centers, marked for whether it applies to a site of this scale and hub. */
    public static List<Ceiling> ceilings(Scale scale, HubNode hub) {
        boolean large = scale == Scale.LARGE;
        return List.of(
                new Ceiling("MIIT, Three-year action plan for new data centers (2021-2023), 2021", "new large and very large "
                        + "data centers", 1.30, large),
                new Ceiling("NDRC, CAC, MIIT, NEA, Implementation plan for the computing hub nodes of the national integrated big "
                        + "data center system, 2021", "data centers in an eastern hub node", 1.25, hub == HubNode.EAST),
                new Ceiling("NDRC, CAC, MIIT, NEA, Implementation plan for the computing hub nodes of the national integrated big "
                        + "data center system, 2021", "data centers in a western hub node", 1.20, hub == HubNode.WEST),
                new Ceiling("NDRC, MIIT, NEA, NDA, Special action plan for green and low-carbon development of data centers, "
                        + "2024 (targets for end 2025)", "new and renovated large and very large data centers", 1.25, large),
                new Ceiling("NDRC, MIIT, NEA, NDA, Special action plan for green and low-carbon development of data centers, "
                        + "2024 (targets for end 2025)", "data centers in national hub nodes", 1.20, hub != HubNode.NONE));
    }
}
