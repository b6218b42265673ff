package org.aidcsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.InRackStorage;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;
import org.aidcsim.it.LoadProfile;
import org.aidcsim.units.Named;

/**
 * A site at the time scale of milliseconds: the critical load, the three backup layers (held as
 * prototypes; each run steps fresh copies) and the timeline of the grid.
 *
 * @param name scenario name
 * @param basePowerW critical load at profile fraction 1 (W)
 * @param profile load shape in time
 * @param durationS simulated window (s)
 * @param stepS fixed step (s)
 * @param outputStepS step of the recorded series (s), a multiple of the step
 * @param gridToggleS times the utility is lost or comes back (s), increasing, starting with a loss
 * @param supercap supercapacitor layer
 * @param battery battery layer
 * @param batteryResponseS time from a loss until the battery can carry load (s)
 * @param generators generator layer
 * @param transferTimeS open-transition time of the transfer switch (s)
 * @param retransferDelayS time the utility must be back before the load returns to it (s)
 * @param rampLimitWPerS grid-side ramp limit while on utility (W/s), +∞ for none
 * @param peakLimitW grid-side power cap while on utility (W), +∞ for none
 * @param smoothingTimeConstantS time constant of the load average the grid follows when smoothing (s)
 * @param events what happens when, for reports and charts
 * @param inRack storage inside the racks, all racks together, smoothing their feed before the facility sees it
 * @param inRackRampLimitWPerS ramp limit of the racks' feed that the in-rack storage holds (W/s), +∞ for none
 * @param inRackTimeConstantS time constant of the load average the racks' feed follows (s)
 * @param coolingOnUpsW cooling loads the UPS carries beside the IT, constant through the window (W): already in the
 *        profile, whose fraction of the base is the IT's plus this over the base
 */
public record TransientModel(String name, double basePowerW, LoadProfile profile, double durationS, double stepS,
        double outputStepS, double[] gridToggleS, Optional<SupercapBank> supercap, Optional<Battery> battery,
        double batteryResponseS, Optional<GeneratorPlant> generators, double transferTimeS, double retransferDelayS,
        double rampLimitWPerS, double peakLimitW, double smoothingTimeConstantS, List<Event> events,
        Optional<InRackStorage> inRack, double inRackRampLimitWPerS, double inRackTimeConstantS, double coolingOnUpsW) {

    /**
     * @param timeS when (s)
     * @param label what, for charts
     */
    public record Event(double timeS, String label) {
    }

    public TransientModel {
        gridToggleS = gridToggleS.clone();
        events = List.copyOf(events);
        if (!(durationS > 0 && stepS > 0 && outputStepS >= stepS)) {
            throw new IllegalArgumentException("invalid transient window");
        }
    }

    public long steps() {
        return Math.round(durationS / stepS);
    }

    /** True when the grid-side ramp or peak is limited by storage. */
    public boolean smoothing() {
        return rampLimitWPerS < Double.POSITIVE_INFINITY || peakLimitW < Double.POSITIVE_INFINITY;
    }

    /**
     * The times the utility is lost and comes back, from the windows it is down (each {start, end},
     * in s): overlapping or touching windows merge into one outage.
     */
    public static double[] gridToggles(List<double[]> downWindows) {
        List<double[]> down = new ArrayList<>(downWindows);
        down.sort(Comparator.comparingDouble(d -> d[0]));
        List<Double> toggles = new ArrayList<>();
        double[] current = null;
        for (double[] d : down) {
            if (current != null && d[0] <= current[1]) {
                current[1] = Math.max(current[1], d[1]);
            } else {
                if (current != null) {
                    toggles.add(current[0]);
                    toggles.add(current[1]);
                }
                current = d.clone();
            }
        }
        if (current != null) {
            toggles.add(current[0]);
            toggles.add(current[1]);
        }
        return toggles.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A builder that names every field, so that two values cannot be swapped silently. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TransientModel} field by field. */
    public static final class Builder {
        private String name;
        private Double basePowerW;
        private LoadProfile profile;
        private Double durationS;
        private Double stepS;
        private Double outputStepS;
        private double[] gridToggleS;
        private Optional<SupercapBank> supercap = Optional.empty();
        private Optional<Battery> battery = Optional.empty();
        private Double batteryResponseS;
        private Optional<GeneratorPlant> generators = Optional.empty();
        private Double transferTimeS;
        private Double retransferDelayS;
        private Double rampLimitWPerS;
        private Double peakLimitW;
        private Double smoothingTimeConstantS;
        private List<Event> events;
        private Optional<InRackStorage> inRack = Optional.empty();
        private double inRackRampLimitWPerS = Double.POSITIVE_INFINITY;
        private double inRackTimeConstantS = 1.0;
        private double coolingOnUpsW;

        private Builder() {
        }

        public Builder name(String value) { name = value; return this; }
        public Builder basePowerW(double value) { basePowerW = value; return this; }
        public Builder profile(LoadProfile value) { profile = value; return this; }
        public Builder durationS(double value) { durationS = value; return this; }
        public Builder stepS(double value) { stepS = value; return this; }
        public Builder outputStepS(double value) { outputStepS = value; return this; }
        public Builder gridToggleS(double[] value) { gridToggleS = value; return this; }
        public Builder supercap(Optional<SupercapBank> value) { supercap = value; return this; }
        public Builder battery(Optional<Battery> value) { battery = value; return this; }
        public Builder batteryResponseS(double value) { batteryResponseS = value; return this; }
        public Builder generators(Optional<GeneratorPlant> value) { generators = value; return this; }
        public Builder inRack(Optional<InRackStorage> value) { inRack = value; return this; }
        public Builder inRackRampLimitWPerS(double value) { inRackRampLimitWPerS = value; return this; }
        public Builder inRackTimeConstantS(double value) { inRackTimeConstantS = value; return this; }
        public Builder coolingOnUpsW(double value) { coolingOnUpsW = value; return this; }
        public Builder transferTimeS(double value) { transferTimeS = value; return this; }
        public Builder retransferDelayS(double value) { retransferDelayS = value; return this; }
        public Builder rampLimitWPerS(double value) { rampLimitWPerS = value; return this; }
        public Builder peakLimitW(double value) { peakLimitW = value; return this; }
        public Builder smoothingTimeConstantS(double value) { smoothingTimeConstantS = value; return this; }
        public Builder events(List<Event> value) { events = value; return this; }

        public TransientModel build() {
            Named.require("name", name != null);
            Named.require("basePowerW", basePowerW != null);
            Named.require("profile", profile != null);
            Named.require("durationS", durationS != null);
            Named.require("stepS", stepS != null);
            Named.require("outputStepS", outputStepS != null);
            Named.require("gridToggleS", gridToggleS != null);
            Named.require("batteryResponseS", batteryResponseS != null);
            Named.require("transferTimeS", transferTimeS != null);
            Named.require("retransferDelayS", retransferDelayS != null);
            Named.require("rampLimitWPerS", rampLimitWPerS != null);
            Named.require("peakLimitW", peakLimitW != null);
            Named.require("smoothingTimeConstantS", smoothingTimeConstantS != null);
            Named.require("events", events != null);
            return new TransientModel(name, basePowerW, profile, durationS, stepS, outputStepS, gridToggleS, supercap,
                    battery, batteryResponseS, generators, transferTimeS, retransferDelayS, rampLimitWPerS, peakLimitW,
                    smoothingTimeConstantS, events, inRack, inRackRampLimitWPerS, inRackTimeConstantS, coolingOnUpsW);
        }
    }
}
