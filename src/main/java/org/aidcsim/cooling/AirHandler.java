package org.aidcsim.cooling;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * What cools a hall's air before any chilled water: recirculating air handlers (CRAHs, with an
 * optional airside economizer), or an evaporative air handler that uses outdoor air and water,
 * trimmed by the chilled-water coils when the weather does not let it reach the supply air.
 */
public enum AirHandler implements Keyed {
    /** CRAH coils on chilled water; outdoor air only through the optional airside economizer. */
    CRAH("crah", Double.NaN, "no evaporative stage"),
    /**
     * Outdoor air through wetted media: leaves at dry bulb − ε·(dry bulb − wet bulb), humidified on
     * the way. 0.71: EnergyPlus Engineering Reference, "Evaporative Coolers", its CELdek rigid-media
     * fit at 150 mm depth and 2 m/s face velocity.
     */
    DIRECT_EVAPORATIVE("direct_evaporative", 0.71, "EnergyPlus Engineering Reference, Evaporative Coolers: CELdek rigid media, "
            + "150 mm at 2 m/s"),
    /**
     * Hall air recirculated through a plate exchanger whose other side is outdoor air cooled by
     * evaporation: hall air leaves at return − ε·(return − outdoor wet bulb), no water enters the
     * hall. 0.65: EnergyPlus's default effectiveness of a dry-coil indirect stage (0.67 × 0.97).
     */
    INDIRECT_EVAPORATIVE("indirect_evaporative", 0.65, "EnergyPlus Engineering Reference, Evaporative Coolers: indirect dry-coil "
            + "stage 0.67 × 0.97"),
    /**
     * A dew-point (Maisotsenko-cycle) indirect cooler: the working air is pre-cooled in dry channels
     * before it is wetted, so hall air approaches the outdoor dew point: return − ε·(return − dew point).
     * 0.76: dew-point effectiveness on a steady day, Riangvilaikul and Kumar, Energy and Buildings
     * 42 (2010) 637-644 (0.58-0.84 over their tests).
     */
    DEW_POINT_EVAPORATIVE("dew_point_evaporative", 0.76, "Riangvilaikul and Kumar, Energy and Buildings 42 (2010) 637-644: "
            + "dew-point effectiveness 0.58-0.84, 0.76 on a steady day");

    private final String key;
    private final double defaultEffectiveness;
    private final String effectivenessSource;

    AirHandler(String key, double defaultEffectiveness, String effectivenessSource) {
        this.key = key;
        this.defaultEffectiveness = defaultEffectiveness;
        this.effectivenessSource = effectivenessSource;
    }

    @Override
    public String key() {
        return key;
    }

    /** True for the handlers that evaporate water. */
    public boolean evaporative() {
        return this != CRAH;
    }

    /** Its effectiveness when the file gives none; NaN for the CRAH. */
    public double defaultEffectiveness() {
        return defaultEffectiveness;
    }

    public String effectivenessSource() {
        return effectivenessSource;
    }

    public static Optional<AirHandler> ofKey(String key) {
        return Keyed.ofKey(AirHandler.class, key);
    }
}
