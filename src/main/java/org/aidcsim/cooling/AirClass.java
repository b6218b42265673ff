package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * ASHRAE TC 9.9 classes of air-cooled IT equipment, with their allowable supply-air ranges
 * and humidity (ASHRAE TC 9.9, Thermal Guidelines for Data Processing Environments, 5th ed. 2021, table 2.1:
 * dew point from −12 °C and 8 % RH up to the class's highest dew point and relative humidity).
 * Every class shares the recommended envelope of 18-27 °C.
 */
public enum AirClass implements Keyed {
    A1("A1", 15, 32, 17, 0.80), A2("A2", 10, 35, 21, 0.80), A3("A3", 5, 40, 24, 0.85), A4("A4", 5, 45, 24, 0.90);

    /** Lowest dew point of every class's allowable envelope (°C), same table. */
    public static final double ALLOWABLE_MIN_DEW_POINT_C = -12;

    /** Lowest supply air of the recommended envelope (°C). */
    public static final double RECOMMENDED_MIN_C = 18;
    /** Highest supply air of the recommended envelope (°C). */
    public static final double RECOMMENDED_MAX_C = 27;

    private final String key;
    private final double allowableMinC;
    private final double allowableMaxC;
    private final double allowableMaxDewPointC;
    private final double allowableMaxRelativeHumidity;

    AirClass(String key, double allowableMinC, double allowableMaxC, double allowableMaxDewPointC, double allowableMaxRelativeHumidity) {
        this.key = key;
        this.allowableMinC = allowableMinC;
        this.allowableMaxC = allowableMaxC;
        this.allowableMaxDewPointC = allowableMaxDewPointC;
        this.allowableMaxRelativeHumidity = allowableMaxRelativeHumidity;
    }

    /** Highest dew point of the allowable envelope (°C). */
    public double allowableMaxDewPointC() {
        return allowableMaxDewPointC;
    }

    /** Highest relative humidity of the allowable envelope, a fraction. */
    public double allowableMaxRelativeHumidity() {
        return allowableMaxRelativeHumidity;
    }

    /** Lowest dew point of the allowable envelope (°C). */
    public double allowableMinDewPointC() {
        return ALLOWABLE_MIN_DEW_POINT_C;
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
