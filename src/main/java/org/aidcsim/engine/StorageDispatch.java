package org.aidcsim.engine;

import org.aidcsim.backup.Battery;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;

/**
 * Who carries the load in one (part of a) step, by the time each layer can respond:
 * supercapacitors at once, the battery after its response time, generators once the switch has
 * transferred. Off utility the layer that lasts longest goes first (generator, then battery) and
 * the faster ones fill what it cannot (load-acceptance steps, power limits). On utility, storage
 * recharges at its charge limits; with smoothing, the grid follows a moving average of the load
 * (time constant τ) plus a slow term that restores the stored charge (energy owed / 3τ), within the
 * ramp and peak limits, and storage supplies or absorbs the difference. Following the average
 * rather than the load keeps a periodic swing from walking the storage empty.
 *
 * <p>Each call leaves its powers in this object's fields for the meter and the series to read: no
 * allocation, no output array.
 */
final class StorageDispatch implements TransientDetector {
    /**
     * Share of its converter rating a supercapacitor bank recharges at after it has carried load:
     * assumption, a gentle refill over tens of seconds so that the refill is no load step on the grid.
     */
    static final double SUPERCAP_RECHARGE_FRACTION = 0.1;

    final SupercapBank supercap;
    final Battery battery;
    final GeneratorPlant generators;
    private final boolean smoothing;
    private final double rampLimitWPerS;
    private final double peakLimitW;
    private final double tauS;
    private final double batteryResponseS;
    private final double supercapTargetJ;
    private final double batteryTargetSoc;
    /** The battery's float loss, which the grid feeds while on utility (W). */
    final double floatW;
    private double average;
    private double prevNetW;
    private final TransferSwitch transferSwitch;

    double gridW;
    double generatorW;
    double batteryW;
    double supercapW;
    double unservedW;

    /**
     * @param initialAverageW the load's mean over its first τ, as if the site had been running
     * @param initialNetW what the grid fed the load before the window opened (W)
     * @param transferSwitch whose outage start times the battery's response
     */
    StorageDispatch(TransientModel m, GeneratorPlant generators, TransferSwitch transferSwitch, double initialAverageW,
            double initialNetW) {
        this.smoothing = m.smoothing();
        this.supercap = m.supercap().map(b -> smoothing ? b.freshAt(0.5) : b.fresh()).orElse(null);
        this.battery = m.battery().map(Battery::fresh).orElse(null);
        this.generators = generators;
        this.transferSwitch = transferSwitch;
        this.rampLimitWPerS = m.rampLimitWPerS();
        this.peakLimitW = m.peakLimitW();
        this.tauS = m.smoothingTimeConstantS();
        this.batteryResponseS = m.batteryResponseS();
        this.supercapTargetJ = supercap != null ? supercap.usableEnergyJ() : 0;
        this.batteryTargetSoc = battery != null ? battery.soc() : 0;
        this.floatW = battery != null ? battery.floatLossW() : 0;
        this.average = initialAverageW;
        this.prevNetW = initialNetW;
    }

    /** When the battery may take load: its response time after the load left the utility (s). */
    private double batteryReadyS() {
        return transferSwitch.outageStartS() + batteryResponseS;
    }

    /** The battery becoming able to respond is an event: the step splits there. */
    @Override
    public double nextS(double afterS) {
        if (battery == null || transferSwitch.state() == SupplyState.UTILITY) {
            return Double.POSITIVE_INFINITY;
        }
        double ready = batteryReadyS();
        return ready > afterS ? ready : Double.POSITIVE_INFINITY;
    }

    @Override
    public void fire(double timeS) {
        // nothing to switch: fromBattery compares the time with batteryReadyS()
    }

    /** Feeds {@code loadW} for {@code dtS} from the utility, storage smoothing or recharging. */
    void onUtility(double loadW, double dtS) {
        generatorW = 0;
        unservedW = 0;
        double grid;
        if (smoothing) {
            grid = smoothedGrid(loadW, dtS);
        } else {
            double c1 = supercap != null ? supercap.charge(supercap.maxChargeW() * SUPERCAP_RECHARGE_FRACTION, dtS) : 0;
            double c2 = battery != null ? battery.charge(battery.maxChargeW(), dtS) : 0;
            supercapW = -c1;
            batteryW = -c2;
            grid = loadW + c1 + c2;
        }
        prevNetW = grid;
        gridW = grid + floatW;
    }

    private double smoothedGrid(double loadW, double dtS) {
        average += (loadW - average) * dtS / tauS;
        // Restore the stored energy to where it started, over 3τ; measured in the cells, so converter and
        // ESR losses are made up too.
        double owedJ = 0;
        if (supercap != null) {
            owedJ += supercapTargetJ - supercap.usableEnergyJ();
        }
        if (battery != null) {
            owedJ += (batteryTargetSoc - battery.soc()) * battery.energyJ();
        }
        double want = average + owedJ / (3 * tauS);
        double ramp = rampLimitWPerS * dtS;
        double grid = Math.min(peakLimitW, Math.max(prevNetW - ramp, Math.min(prevNetW + ramp, want)));
        double diff = loadW - grid;
        supercapW = 0;
        batteryW = 0;
        if (diff > 0) {
            if (supercap != null) {
                supercapW = supercap.discharge(diff, dtS);
            }
            if (battery != null) {
                batteryW = battery.discharge(diff - supercapW, dtS);
            }
            grid += diff - supercapW - batteryW;
        } else if (diff < 0) {
            double absorb = -diff;
            double c1 = supercap != null ? supercap.charge(absorb, dtS) : 0;
            double c2 = battery != null ? battery.charge(absorb - c1, dtS) : 0;
            supercapW = -c1;
            batteryW = -c2;
            grid -= absorb - c1 - c2;
        }
        return grid;
    }

    /*
     * Off utility, the step calls the three layers in turn: fromGenerators, fromBattery, fromSupercaps.
     * They are three calls rather than one method because the JIT inlines each into the step's compiled
     * loop, while one method holding all three compiles too big to inline (a call per step, ~10 % of a
     * transient's time, measured with benchmarks/compare).
     */

    /** First layer off utility: the generators when the switch is on them; returns the deficit left (W). */
    double fromGenerators(double loadW, SupplyState state, double timeS, double dtS) {
        gridW = 0;
        generatorW = state == SupplyState.GENERATOR ? generators.deliver(loadW, timeS, dtS) : 0;
        return loadW - generatorW;
    }

    /**
     * Second layer: the battery, once it may respond ({@code dueS}: the part's start, for comparisons
     * with event times); returns the deficit left (W).
     */
    double fromBattery(double deficitW, double dueS, double dtS) {
        batteryW = deficitW > 0 && battery != null && dueS >= batteryReadyS() ? battery.discharge(deficitW, dtS) : 0;
        return deficitW - batteryW;
    }

    /** Last layer: the supercapacitors; what they cannot carry is unserved. */
    void fromSupercaps(double deficitW, double dtS) {
        supercapW = deficitW > 0 && supercap != null ? supercap.discharge(deficitW, dtS) : 0;
        unservedW = Math.max(0.0, deficitW - supercapW);
    }

    /** Conversion losses of the facility storage: what it took, less what it gave and what it holds more at the end (J). */
    double storageLossJ(double supercapInJ, double supercapOutJ, double batteryInJ, double batteryOutJ) {
        return (supercapInJ - supercapOutJ - (supercap != null ? supercap.usableEnergyJ() - supercapTargetJ : 0))
                + (batteryInJ - batteryOutJ - (battery != null ? (battery.soc() - batteryTargetSoc) * battery.energyJ() : 0));
    }
}
