package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * ASHRAE TC 9.9 liquid-cooling classes: the number is the highest facility-water supply
 * temperature the class allows (ASHRAE TC 9.9, Liquid Cooling Guidelines for Datacom Equipment
 * Centers, 2nd ed., and the 2021 W-class update: W17, W27, W32, W40, W45, W+ above 45 °C).
 */
public enum FacilityWaterClass implements Keyed {
    W17("W17", 17), W27("W27", 27), W32("W32", 32), W40("W40", 40), W45("W45", 45), W_PLUS("W+", Double.POSITIVE_INFINITY);

    private final String key;
    private final double maxSupplyC;

    FacilityWaterClass(String key, double maxSupplyC) {
        this.key = key;
        this.maxSupplyC = maxSupplyC;
    }

    @Override
    public String key() {
        return key;
    }

    /** Highest facility-water supply temperature of the class (°C); unbounded for W+. */
    public double maxSupplyC() {
        return maxSupplyC;
    }

    public static Optional<FacilityWaterClass> ofKey(String key) {
        return Keyed.ofKey(FacilityWaterClass.class, key);
    }
}
