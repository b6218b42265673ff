package org.aidcsim.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A rack-scale or server-based IT system of the catalogue: one or more rack types.
 *
 * @param key the name a scenario's rack group gives in {@code system:}
 * @param name label in listings and reports
 * @param announced true for a system announced but not shipping: its figures are the vendor's targets
 * @param racks its rack types, at least one
 */
public record ItSystem(String key, String name, boolean announced, List<RackType> racks) implements Keyed {
    public ItSystem {
        racks = List.copyOf(racks);
        if (racks.isEmpty()) {
            throw new IllegalArgumentException(key + ": a system has at least one rack type");
        }
    }

    /** The rack type named {@code role}. */
    public Optional<RackType> rack(String role) {
        return racks.stream().filter(r -> r.role().equals(role)).findFirst();
    }

    /** Nameplate of one whole system (W). */
    public double nameplateW() {
        return racks.stream().mapToDouble(r -> r.racksPerSystem() * r.nameplateW()).sum();
    }

    /** Racks of one whole system. */
    public int racksPerSystem() {
        return racks.stream().mapToInt(RackType::racksPerSystem).sum();
    }
}
