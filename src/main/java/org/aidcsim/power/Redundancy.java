package org.aidcsim.power;

import java.util.Optional;
import org.aidcsim.catalog.Keyed;

/**
 * How many units are installed for the N a stage needs. All installed units run and share the
 * load equally, so redundancy lowers each unit's load fraction (and moves it along its curve).
 */
public enum Redundancy implements Keyed {
    N("N"), N_PLUS_1("N+1"), TWO_N("2N"), TWO_N_PLUS_1("2(N+1)");

    private final String key;

    Redundancy(String key) {
        this.key = key;
    }

    /** The name used in scenario files and reports. */
    @Override
    public String key() {
        return key;
    }

    /** Units installed for {@code needed} units of capacity. */
    public int installed(int needed) {
        return switch (this) {
            case N -> needed;
            case N_PLUS_1 -> needed + 1;
            case TWO_N -> 2 * needed;
            case TWO_N_PLUS_1 -> 2 * (needed + 1);
        };
    }

    /** Units of capacity that {@code installed} units provide, or -1 when that count does not fit this scheme. */
    public int needed(int installed) {
        int n = switch (this) {
            case N -> installed;
            case N_PLUS_1 -> installed - 1;
            case TWO_N -> installed % 2 == 0 ? installed / 2 : -1;
            case TWO_N_PLUS_1 -> installed % 2 == 0 ? installed / 2 - 1 : -1;
        };
        return n >= 1 ? n : -1;
    }

    public static Optional<Redundancy> ofKey(String key) {
        return Keyed.ofKey(Redundancy.class, key);
    }
}
