package org.aidcsim.backup;

import java.util.Optional;

/**
 * The backup layers of a site as designed: supercapacitors (milliseconds), battery (minutes),
 * generators (hours) and the transfer switch between utility and generators. Each bank is built
 * here, once, for the annual run (battery float), the transient engine, availability and pricing.
 *
 * @param supercap the supercapacitor bank, if any
 * @param battery the battery, if any
 * @param generators the generator sets, if any
 * @param transferTimeS open-transition transfer time, either way (s)
 * @param retransferDelayS how long the utility must be back before the load returns to it (s)
 */
public record BackupParams(Optional<SupercapParams> supercap, Optional<BatteryParams> battery,
        Optional<GeneratorParams> generators, double transferTimeS, double retransferDelayS) {

    /** Where a site's backup comes from. */
    public enum Origin {
        /** The file's backup section. */
        FILE,
        /** The file gives none: assumed ({@link BackupDefaults#assumed}) for a chain with a UPS or a DC bus. */
        ASSUMED,
        /** None: the file says {@code backup: none}, or the chain has nothing a battery could back. */
        NONE
    }

    /**
     * No backup; the transfer switch keeps the scenario format's defaults (an open-transition
     * switch of about 100 ms, and the common 5-minute retransfer delay).
     */
    public static final BackupParams NONE = new BackupParams(Optional.empty(), Optional.empty(), Optional.empty(), 0.1, 300);

    /** The supercapacitor bank, fully charged. */
    public Optional<SupercapBank> supercapBank() {
        return supercap.map(SupercapParams::bank);
    }

    /** The battery at its initial state of charge. */
    public Optional<Battery> batteryBank() {
        return battery.map(BatteryParams::battery);
    }

    /** The generator plant, every set starting on demand. */
    public Optional<GeneratorPlant> generatorPlant() {
        return generators.map(g -> g.plant(0));
    }

    /** Power the battery draws on float all year (W); released in the electrical room. */
    public double floatLossW() {
        return batteryBank().map(Battery::floatLossW).orElse(0.0);
    }

    /** Time the battery takes to carry load after a utility loss (s); 0 without a battery. */
    public double batteryResponseS() {
        return battery.map(BatteryParams::responseS).orElse(0.0);
    }
}
