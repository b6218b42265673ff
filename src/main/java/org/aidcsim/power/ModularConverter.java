package org.aidcsim.power;

import org.aidcsim.catalog.LossModel;

/**
 * A converter made of identical units (UPS modules, rectifier cabinets, power supplies) that share
 * the load equally: each runs at output / (installed × unit rating) and loses along its curve.
 *
 * Immutable: the unit curve, the unit rating, the units the design needs (N) and how many are
 * installed for N (redundancy).
 */
public final class ModularConverter implements StageLoss {
    private final LossModel perUnit;
    private final double unitRatingW;
    private final int unitsNeeded;
    private final Redundancy redundancy;
    /** Installed capacity (W) and its reciprocal, kept because every step of a run asks for them. */
    private final double installedCapacityW;
    private final double perInstalledW;
    /** How the installed units are arranged, as their maker says (4+4 on A/B feeds), or null to say it from the redundancy. */
    private final String arrangement;

    public ModularConverter(LossModel perUnit, double unitRatingW, int unitsNeeded, Redundancy redundancy) {
        this(perUnit, unitRatingW, unitsNeeded, redundancy, null);
    }

    /**
     * @param arrangement how a maker arranges the installed units ("4+4, A/B feeds"), for reports; null
     *        to describe them by the redundancy
     */
    public ModularConverter(LossModel perUnit, double unitRatingW, int unitsNeeded, Redundancy redundancy, String arrangement) {
        if (!(unitRatingW > 0) || unitsNeeded < 1) {
            throw new IllegalArgumentException("a converter needs a positive unit rating and at least one unit");
        }
        this.perUnit = perUnit;
        this.unitRatingW = unitRatingW;
        this.unitsNeeded = unitsNeeded;
        this.redundancy = redundancy;
        this.installedCapacityW = redundancy.installed(unitsNeeded) * unitRatingW;
        this.perInstalledW = 1 / installedCapacityW;
        this.arrangement = arrangement;
    }

    /** "5+1", "4+4", "N" without spares, or the maker's arrangement ("1+1 per server, 16 servers"): needed and spare units. */
    public String arrangement() {
        if (arrangement != null) {
            return arrangement;
        }
        int installed = unitsInstalled();
        if (installed == unitsNeeded) {
            return "N";
        }
        return redundancy == Redundancy.TWO_N || redundancy == Redundancy.TWO_N_PLUS_1
                ? installed / 2 + "+" + installed / 2 : unitsNeeded + "+" + (installed - unitsNeeded);
    }

    public LossModel perUnit() {
        return perUnit;
    }

    public double unitRatingW() {
        return unitRatingW;
    }

    public int unitsNeeded() {
        return unitsNeeded;
    }

    public Redundancy redundancy() {
        return redundancy;
    }

    public int unitsInstalled() {
        return redundancy.installed(unitsNeeded);
    }

    /** Installed output capacity (W). */
    public double installedCapacityW() {
        return installedCapacityW;
    }

    @Override
    public double loadFraction(double outputW) {
        return outputW * perInstalledW;
    }

    @Override
    public double outputForInputW(double inputW) {
        return inputW <= 0 ? 0.0 : installedCapacityW * perUnit.loadForInputFraction(inputW * perInstalledW);
    }

    @Override
    public double lossW(double outputW) {
        return installedCapacityW * perUnit.lossFraction(outputW * perInstalledW);
    }
}
