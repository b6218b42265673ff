package org.aidcsim.backup;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/** Battery chemistries with their documented defaults (each an assumption within published ranges: the scenario reference gives them). */
public enum Chemistry implements Keyed {
    /** Lithium-ion: round trip ~95 %, float ~0.1 % of rating, Peukert ~1.0. */
    LI_ION("li_ion", 0.975, 0.975, 1.0, 0.001),
    /** Valve-regulated lead-acid: round trip 80-85 %, float ~0.2 % of rating, Peukert up to ~1.4. */
    VRLA("vrla", 0.91, 0.91, 1.25, 0.002);

    private final String key;
    private final double chargeEfficiency;
    private final double dischargeEfficiency;
    private final double peukertExponent;
    private final double floatLossFraction;

    Chemistry(String key, double chargeEfficiency, double dischargeEfficiency, double peukertExponent, double floatLossFraction) {
        this.key = key;
        this.chargeEfficiency = chargeEfficiency;
        this.dischargeEfficiency = dischargeEfficiency;
        this.peukertExponent = peukertExponent;
        this.floatLossFraction = floatLossFraction;
    }

    @Override
    public String key() {
        return key;
    }

    public double chargeEfficiency() {
        return chargeEfficiency;
    }

    public double dischargeEfficiency() {
        return dischargeEfficiency;
    }

    public double peukertExponent() {
        return peukertExponent;
    }

    public double floatLossFraction() {
        return floatLossFraction;
    }

    public static Optional<Chemistry> ofKey(String key) {
        return Keyed.ofKey(Chemistry.class, key);
    }
}
