package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * ASHRAE TC 9.9 classes of air-cooled IT equipment, with their allowable supply-air ranges
 * (ASHRAE TC 9.9, Thermal Guidelines for Data Processing Environments, 5th ed. 2021, table 2.1).
 * Every class shares the recommended envelope of 18-27 °C.
 */
public enum AirClass implements Keyed {
    A1("A1", 15, 32), A2("A2", 10, 35), A3("A3", 5, 40), A4("A4", 5, 45);

    /** Lowest supply air of the recommended envelope (°C). */
    public static final double RECOMMENDED_MIN_C = 18;
    /** Highest supply air of the recommended envelope (°C). */
    public static final double RECOMMENDED_MAX_C = 27;

    private final String key;
    private final double allowableMinC;
    private final double allowableMaxC;

    AirClass(String key, double allowableMinC, double allowableMaxC) {
        this.key = key;
        this.allowableMinC = allowableMinC;
        this.allowableMaxC = allowableMaxC;
    }

    @Override
    public String key() {
        return key;
    }

    /** Lowest allowable supply air (°C). */
    public double allowableMinC() {
        return allowableMinC;
    }

    /** Highest allowable supply air (°C). */
    public double allowableMaxC() {
        return allowableMaxC;
    }

    public boolean allows(double supplyAirC) {
        return supplyAirC >= allowableMinC && supplyAirC <= allowableMaxC;
    }

    public static boolean recommends(double supplyAirC) {
        return supplyAirC >= RECOMMENDED_MIN_C && supplyAirC <= RECOMMENDED_MAX_C;
    }

    public static Optional<AirClass> ofKey(String key) {
        return Keyed.ofKey(AirClass.class, key);
    }
}
