package org.aidcsim.it;

import java.util.OptionalDouble;

/**
 * The IT load a site's plant is sized for: the racks' nameplate (what engineers size on, since any
 * rack may draw its nameplate), or a load the designer declares, with a margin on top. Utilization
 * and load profiles say how the site runs, never what it is built for.
 *
 * @param declaredItPowerW the declared design IT load at the rack inputs (W); empty for nameplate
 * @param margin share added on top of the declared load, ≥ 0; 0 for nameplate
 */
public record DesignBasis(OptionalDouble declaredItPowerW, double margin) {
    /** Every rack at its nameplate. */
    public static final DesignBasis NAMEPLATE = new DesignBasis(OptionalDouble.empty(), 0.0);

    public DesignBasis {
        if (!(margin >= 0) || declaredItPowerW.isPresent() && !(declaredItPowerW.getAsDouble() > 0)
                || declaredItPowerW.isEmpty() && margin != 0) {
            throw new IllegalArgumentException("a design basis is the nameplate, or a declared load above 0 with a margin >= 0");
        }
    }

    /** A declared design load (W) with {@code margin} on top. */
    public static DesignBasis declared(double itPowerW, double margin) {
        return new DesignBasis(OptionalDouble.of(itPowerW), margin);
    }

    public boolean nameplate() {
        return declaredItPowerW.isEmpty();
    }

    /** The IT load every plant item is sized on (W). */
    public double designItPowerW(ItLoad it) {
        return declaredItPowerW.isPresent() ? declaredItPowerW.getAsDouble() * (1 + margin) : it.nameplatePowerW();
    }
}
