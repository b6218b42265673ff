package org.aidcsim.power;

import org.aidcsim.catalog.LossModel;

/**
 * A converter made of identical units (UPS modules, rectifier cabinets, power supplies) that share
 * the load equally: each runs at output / (installed × unit rating) and loses along its curve.
 *
 * @param perUnit part-load loss of one unit
 * @param unitRatingW output rating of one unit (W)
 * @param unitsNeeded units of capacity the design load needs (N)
 * @param redundancy how many are installed for N
 */
public record ModularConverter(LossModel perUnit, double unitRatingW, int unitsNeeded, Redundancy redundancy)
        implements StageLoss {
    public ModularConverter {
        if (!(unitRatingW > 0) || unitsNeeded < 1) {
            throw new IllegalArgumentException("a converter needs a positive unit rating and at least one unit");
        }
    }

    public int unitsInstalled() {
        return redundancy.installed(unitsNeeded);
    }

    /** Installed output capacity (W). */
    public double installedCapacityW() {
        return unitsInstalled() * unitRatingW;
    }

    @Override
    public double loadFraction(double outputW) {
        return outputW / installedCapacityW();
    }

    @Override
    public double lossSlope(double outputW) {
        return perUnit.lossFractionSlope(loadFraction(outputW));
    }

    @Override
    public double lossW(double outputW) {
        return installedCapacityW() * perUnit.lossFraction(loadFraction(outputW));
    }
}
