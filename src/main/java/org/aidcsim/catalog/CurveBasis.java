package org.aidcsim.catalog;

/**
 * What a loss curve rests on. Architectures compared on curves of different bases are compared on
 * their sources as much as on their designs, so reports say the basis of every stage and flag a
 * comparison whose like stages differ in it.
 */
public enum CurveBasis implements Keyed {
    /** A maker's datasheet of a named product. */
    VENDOR_DATASHEET("vendor_datasheet", "vendor datasheet"),
    /** A figure an operator or maker published (a paper, a summit talk) without a full datasheet. */
    PUBLISHED_FIGURE("published_figure", "published figure"),
    /** A specification's target for the product class (OCP, a standards body's design target). */
    SPECIFICATION_TARGET("specification_target", "specification target"),
    /** The least a certification or standard allows (80 PLUS, DOE): products do at least this well. */
    STANDARD_MINIMUM("standard_minimum", "standard minimum"),
    /** Measured on a built system. */
    MEASURED("measured", "measured"),
    /** An engineering estimate from the shape of published curves of the class. */
    ESTIMATE("estimate", "estimate"),
    /** Given in the scenario file. */
    SCENARIO("scenario", "given in the scenario");

    private final String key;
    private final String label;

    CurveBasis(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The label of a basis key, "computed (I²R)" for a conductor's "computed", the key itself otherwise. */
    public static String labelOf(String key) {
        return "computed".equals(key) ? "computed (I²R)" : Keyed.ofKey(CurveBasis.class, key).map(CurveBasis::label).orElse(key);
    }
}
