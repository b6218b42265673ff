package org.aidcsim.site;

/**
 * One plant item against the load it must carry: what is installed, what is left with its
 * redundant units failed, and what the design basis needs of it.
 *
 * @param key stable identifier, for machine-readable outputs ("power.UPS", "cooling.cdus", …)
 * @param item what it is, for people
 * @param unitOf what one unit's rating measures ("output", "heat", "electric input")
 * @param units units installed, redundant ones included (per rack for in-rack items)
 * @param spareUnits of those, the units beyond the N that carry the load (0 for an item sized to duty)
 * @param redundancy redundancy as the scenario states it ("n+1", "2n", …) or "duty" for an item sized to its load
 * @param unitRatingW rating of one unit (W)
 * @param requiredW what the design basis needs of it (W)
 * @param requiredAtNameplateW what the racks' nameplate would need of it (W); NaN when the basis is the nameplate
 * @param perRack true for in-rack items, whose figures are one rack's
 */
public record CapacityItem(String key, String item, String unitOf, int units, int spareUnits, String redundancy, double unitRatingW,
        double requiredW, double requiredAtNameplateW, boolean perRack) {

    /** Every unit's rating (W). */
    public double installedW() {
        return units * unitRatingW;
    }

    /** Capacity with the redundant units failed (W): what the design can count on. */
    public double firmW() {
        return (units - spareUnits) * unitRatingW;
    }

    /** Firm capacity over the requirement, minus 1: 0.1 is 10 % to spare, below 0 too small; NaN with no requirement. */
    public double margin() {
        return requiredW > 0 ? firmW() / requiredW - 1 : Double.NaN;
    }

    /** The margin the racks' nameplate would leave; NaN when the basis is the nameplate. */
    public double marginAtNameplate() {
        return requiredAtNameplateW > 0 ? firmW() / requiredAtNameplateW - 1 : Double.NaN;
    }

    /** The same item with what the nameplate would need of it. */
    CapacityItem atNameplate(double nameplateRequiredW) {
        return new CapacityItem(key, item, unitOf, units, spareUnits, redundancy, unitRatingW, requiredW, nameplateRequiredW, perRack);
    }
}
