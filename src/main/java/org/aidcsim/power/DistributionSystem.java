package org.aidcsim.power;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/** How power travels in a conductor run. */
public enum DistributionSystem implements Keyed {
    /** Three-phase AC, voltage line to line: I = P / (√3 · V · PF), three loaded conductors. */
    AC3("ac3", 3),
    /** Two-wire DC, voltage between the conductors: I = P / V, two loaded conductors. */
    DC("dc", 2);

    private final String key;
    private final int loadedConductors;

    DistributionSystem(String key, int loadedConductors) {
        this.key = key;
        this.loadedConductors = loadedConductors;
    }

    @Override
    public String key() {
        return key;
    }

    /** Conductors that carry the load current (neutral and protective conductors carry none). */
    public int loadedConductors() {
        return loadedConductors;
    }

    /** Line current (A) for {@code powerW} at {@code voltageV}. */
    public double currentA(double powerW, double voltageV, double powerFactor) {
        return this == AC3 ? powerW / (Math.sqrt(3) * voltageV * powerFactor) : powerW / voltageV;
    }

    public static Optional<DistributionSystem> ofKey(String key) {
        return Keyed.ofKey(DistributionSystem.class, key);
    }
}
