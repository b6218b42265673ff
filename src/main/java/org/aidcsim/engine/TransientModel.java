package org.aidcsim.engine;

import java.util.List;
import java.util.Optional;
import org.aidcsim.backup.Battery;
import org.aidcsim.backup.GeneratorPlant;
import org.aidcsim.backup.SupercapBank;
import org.aidcsim.it.LoadProfile;

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
 */
public record TransientModel(String name, double basePowerW, LoadProfile profile, double durationS, double stepS,
        double outputStepS, double[] gridToggleS, Optional<SupercapBank> supercap, Optional<Battery> battery,
        double batteryResponseS, Optional<GeneratorPlant> generators, double transferTimeS, double retransferDelayS,
        double rampLimitWPerS, double peakLimitW, double smoothingTimeConstantS, List<Event> events) {

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
}
