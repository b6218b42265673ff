package org.aidcsim.thermal;

import java.util.Arrays;
import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/** The bus a cooling load is fed from, and so when it stops in an outage. */
public enum Feed implements Keyed {
    /** The UPS output: the load never stops while the UPS carries the critical load. */
    UPS("ups"),
    /** The generator-backed bus: stops when the utility is lost, comes back when the generators take the load. */
    GENERATOR("generator"),
    /** Utility only: stops with the utility and comes back with it. */
    UTILITY("utility");

    private final String key;

    Feed(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<Feed> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
