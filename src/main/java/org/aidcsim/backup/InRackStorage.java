package org.aidcsim.backup;

/**
 * Energy storage inside the racks, all racks together (they swing as one): capacitor shelves or
 * battery backup units behind a bidirectional converter, as a reservoir of usable energy with a
 * power limit and a one-way efficiency each way (the square root of the round trip). A storage
 * that empties or fills inside a step delivers only the share of the step it lasted. Mutable
 * state: models keep a prototype and each run steps a {@link #freshAt fresh} copy.
 */
public final class InRackStorage {
    private final double usableEnergyJ;
    private final double maxPowerW;
    private final double oneWayEfficiency;
    private double storedJ;
    private double lossJ;

    /**
     * @param usableEnergyJ energy between its empty and full limits, all racks (J)
     * @param maxPowerW largest power either way at the rack bus, all racks (W)
     * @param roundTripEfficiency energy out / energy in over a full cycle, in (0, 1]
     */
    public InRackStorage(double usableEnergyJ, double maxPowerW, double roundTripEfficiency) {
        if (!(usableEnergyJ > 0 && maxPowerW > 0 && roundTripEfficiency > 0 && roundTripEfficiency <= 1)) {
            throw new IllegalArgumentException("invalid in-rack storage");
        }
        this.usableEnergyJ = usableEnergyJ;
        this.maxPowerW = maxPowerW;
        this.oneWayEfficiency = Math.sqrt(roundTripEfficiency);
        this.storedJ = usableEnergyJ;
    }

    /** A copy holding {@code fraction} of its usable energy, losses reset: half full, it can both give and take. */
    public InRackStorage freshAt(double fraction) {
        InRackStorage s = new InRackStorage(usableEnergyJ, maxPowerW, oneWayEfficiency * oneWayEfficiency);
        s.storedJ = fraction * usableEnergyJ;
        return s;
    }

    public double usableEnergyJ() {
        return usableEnergyJ;
    }

    public double maxPowerW() {
        return maxPowerW;
    }

    /** Energy held now (J). */
    public double storedJ() {
        return storedJ;
    }

    /** Energy lost in conversion so far (J). */
    public double lossJ() {
        return lossJ;
    }

    /**
     * Gives up to {@code busW} (W, ≥ 0, at most {@link #maxPowerW()}) to the rack bus for {@code dtS}.
     *
     * @return the power delivered, averaged over the step (W)
     */
    public double discharge(double busW, double dtS) {
        double want = Math.min(busW, maxPowerW);
        if (want <= 0 || storedJ <= 0) {
            return 0.0;
        }
        double drawnJ = want * dtS / oneWayEfficiency;
        if (drawnJ > storedJ) {
            want *= storedJ / drawnJ;
            drawnJ = storedJ;
        }
        storedJ -= drawnJ;
        lossJ += drawnJ - want * dtS;
        return want;
    }

    /**
     * Takes up to {@code busW} (W, ≥ 0, at most {@link #maxPowerW()}) from the rack bus for {@code dtS}.
     *
     * @return the power absorbed, averaged over the step (W)
     */
    public double charge(double busW, double dtS) {
        double take = Math.min(busW, maxPowerW);
        if (take <= 0 || storedJ >= usableEnergyJ) {
            return 0.0;
        }
        double keptJ = take * dtS * oneWayEfficiency;
        if (keptJ > usableEnergyJ - storedJ) {
            take *= (usableEnergyJ - storedJ) / keptJ;
            keptJ = usableEnergyJ - storedJ;
        }
        storedJ += keptJ;
        lossJ += take * dtS - keptJ;
        return take;
    }
}
